using System.Globalization;
using System.Text.RegularExpressions;
using Briefing.Diagnostics;
using YamlDotNet.Core;
using YamlDotNet.Core.Events;

namespace Briefing.Loading;

/// <summary>
/// Builds a <see cref="YNode"/> tree from YamlDotNet's parser events. Events rather than YamlStream
/// because the tree must be built without recursion (deep nesting cannot overflow the stack) and
/// anchors, aliases, depth and sizes are checked as they stream past.
/// </summary>
internal sealed partial class YamlTreeBuilder(string file, LoadLimits limits, DiagnosticBag bag)
{
    private readonly List<SourceSpan> _bidiSpans = [];

    /// <summary>Scalars holding bidi controls; reported by the reader, which knows the languages.</summary>
    public IReadOnlyList<SourceSpan> BidiSpans => _bidiSpans;

    private int MaxItems => limits.MaxItems;

    /// <summary>
    /// Test seam: called with every parser event before the tree takes it. Tests throw from it to stand
    /// in for a bug of ours and check that it surfaces as an exception (exit 70), never as BRF001.
    /// </summary>
    internal Action<ParsingEvent>? BeforeEvent { get; init; }

    public YNode? Build(string text)
    {
        var parser = new Parser(new StringReader(text));
        var stack = new Stack<Frame>();
        YNode? root = null;
        var documents = 0;
        var lastGood = new Mark();
        while (TryMoveNext(parser, text, lastGood, out var more))
        {
            if (!more)
            {
                if (root is null)
                {
                    bag.Add(DiagnosticCodes.NotABrief, new SourceSpan(file, 1, 1), "the file is empty");
                }

                return root;
            }

            lastGood = parser.Current!.End;
            BeforeEvent?.Invoke(parser.Current);
            switch (parser.Current)
            {
                case DocumentStart start:
                    documents++;
                    if (documents > 1)
                    {
                        bag.Add(DiagnosticCodes.NotABrief, Span(start.Start), "the file holds more than one YAML document");
                        return null;
                    }

                    break;
                case Scalar scalar:
                    CheckAnchor(scalar);
                    var node = MakeScalar(scalar);
                    if (!Attach(stack, node, ref root))
                    {
                        return null;
                    }

                    break;
                case AnchorAlias alias:
                    bag.Add(DiagnosticCodes.AliasNotAllowed, Span(alias.Start), $"YAML aliases are not allowed ('*{alias.Value}')");
                    // Read on with the alias as literal text so that it causes no further diagnostics.
                    if (!Attach(stack, new YScalar("*" + alias.Value, ScalarStyle.Plain, false, Span(alias.Start)), ref root))
                    {
                        return null;
                    }

                    break;
                case SequenceStart sequence:
                    CheckAnchor(sequence);
                    if (!Push(stack, new Frame(false, Span(sequence.Start))))
                    {
                        return null;
                    }

                    break;
                case MappingStart mapping:
                    CheckAnchor(mapping);
                    if (!Push(stack, new Frame(true, Span(mapping.Start))))
                    {
                        return null;
                    }

                    break;
                case SequenceEnd or MappingEnd:
                    var frame = stack.Pop();
                    YNode built = frame.IsMapping
                        ? new YMapping(frame.Entries, frame.Span)
                        : new YSequence(frame.Items, frame.Span);
                    if (!Attach(stack, built, ref root))
                    {
                        return null;
                    }

                    break;
            }
        }

        return null;
    }

    /// <summary>
    /// Asks the parser for its next event. Only this call is guarded: what the parser throws is the
    /// file's problem (BRF001) and false comes back; an exception from our own code after it is a bug and
    /// must reach the caller.
    /// </summary>
    private bool TryMoveNext(Parser parser, string text, Mark lastGood, out bool more)
    {
        try
        {
            more = parser.MoveNext();
            return true;
        }
        catch (YamlException exception)
        {
            // End is where the parser gave up; Start, where the construct it was reading began.
            var message = CleanMessage(exception.Message);
            if (exception.Start.Line != exception.End.Line || exception.Start.Column != exception.End.Column)
            {
                message = message.TrimEnd('.') + $" (reading from line {exception.Start.Line}, column {exception.Start.Column})";
            }

            var span = Span(exception.End);
            if (message.Contains("tab", StringComparison.Ordinal) && FindTabIndentation(text) is { } tab)
            {
                // YamlDotNet places this error at the start of the enclosing mapping; point at the tab itself.
                span = tab;
            }

            bag.Add(DiagnosticCodes.YamlSyntax, span, message);
        }
        catch (Exception exception) when (exception is not OutOfMemoryException)
        {
            // YamlDotNet 18.1 can fail inside its scanner on some malformed flow collections (found by
            // LoaderRobustnessTests) with exceptions other than YamlException; thrown inside its MoveNext,
            // they are still the parser's verdict on the file. The last event it read cleanly is the best
            // position there is.
            bag.Add(DiagnosticCodes.YamlSyntax, Span(lastGood), "the YAML parser could not read on from here; check brackets and quotes");
        }

        more = false;
        return false;
    }

    private SourceSpan? FindTabIndentation(string text)
    {
        var line = 1;
        var atLineStart = true;
        var column = 1;
        foreach (var c in text)
        {
            if (c == '\n')
            {
                line++;
                column = 1;
                atLineStart = true;
                continue;
            }

            if (atLineStart && c == '\t')
            {
                return new SourceSpan(file, line, column);
            }

            atLineStart &= c == ' ';
            column++;
        }

        return null;
    }

    private bool Push(Stack<Frame> stack, Frame frame)
    {
        if (stack.Count >= limits.MaxDepth)
        {
            bag.Add(DiagnosticCodes.TooDeep, frame.Span, $"nesting deeper than {limits.MaxDepth} levels");
            return false;
        }

        stack.Push(frame);
        return true;
    }

    private bool Attach(Stack<Frame> stack, YNode node, ref YNode? root)
    {
        if (stack.Count == 0)
        {
            root = node;
            return true;
        }

        var frame = stack.Peek();
        if (!frame.IsMapping)
        {
            return frame.AddItem(node, this);
        }

        if (!frame.HasKey)
        {
            if (node is not YScalar key)
            {
                bag.Add(DiagnosticCodes.WrongShape, node.Span, "a key must be a plain text");
                frame.SetKey(null);
                return true;
            }

            if (!frame.SeenKeys.Add(key.Value))
            {
                bag.Add(DiagnosticCodes.DuplicateKey, key.Span, $"duplicate key '{key.Value}'");
                frame.SetKey(null);
                return true;
            }

            frame.SetKey(key);
            return true;
        }

        var pending = frame.TakeKey();
        return pending is null || frame.AddEntry(pending, node, this);
    }

    private bool ReportTooMany(SourceSpan span)
    {
        bag.Add(DiagnosticCodes.TooManyItems, span, $"more than {limits.MaxItems} items in one list or mapping");
        return false;
    }

    private YScalar MakeScalar(Scalar scalar)
    {
        var span = Span(scalar.Start);
        var value = scalar.Value;
        if (value.Length > limits.MaxTextLength)
        {
            bag.Add(DiagnosticCodes.TextTooLong, span, $"a text of {value.Length} characters; the limit is {limits.MaxTextLength}");
            value = value[..limits.MaxTextLength];
        }

        value = TextChecks.RemoveInvisible(value, out var invisible, out var firstInvisible);
        if (invisible > 0)
        {
            bag.Add(DiagnosticCodes.InvisibleCharacter, span,
                $"removed {invisible} invisible character(s) from the text (first U+{(int)firstInvisible:X4})");
        }

        var control = TextChecks.FindControl(value);
        if (control >= 0)
        {
            var what = char.IsSurrogate(value[control]) ? "an unpaired surrogate" : "control character";
            bag.Add(DiagnosticCodes.ControlCharacter, span, $"the text holds {what} U+{(int)value[control]:X4}");
        }

        if (TextChecks.FindBidiControl(value) >= 0)
        {
            _bidiSpans.Add(span);
        }

        var isNull = scalar.Style == ScalarStyle.Plain && scalar.Value is "" or "~" or "null" or "Null" or "NULL";
        return new YScalar(value, scalar.Style, isNull, span);
    }

    private void CheckAnchor(NodeEvent node)
    {
        if (!node.Anchor.IsEmpty)
        {
            bag.Add(DiagnosticCodes.AliasNotAllowed, Span(node.Start), $"YAML anchors are not allowed ('&{node.Anchor.Value}')");
        }
    }

    private SourceSpan Span(Mark mark) =>
        new(file, (int)Math.Clamp(mark.Line, 1, int.MaxValue), (int)Math.Clamp(mark.Column, 1, int.MaxValue));

    private static string CleanMessage(string message)
    {
        // YamlDotNet prefixes "(Line: 3, Col: 1, Idx: 20) - (Line: ...): "; the diagnostic carries the position.
        var cleaned = PositionPrefix().Replace(message, string.Empty).Trim();
        return cleaned.Length == 0 ? "the file is not well-formed YAML" : cleaned.ToString(CultureInfo.InvariantCulture);
    }

    [GeneratedRegex(@"^\(Line: \d+, Col: \d+, Idx: \d+\) - \(Line: \d+, Col: \d+, Idx: \d+\):\s*")]
    private static partial Regex PositionPrefix();

    private sealed class Frame(bool isMapping, SourceSpan span)
    {
        private YScalar? _key;
        private bool _tooMany;

        public bool IsMapping { get; } = isMapping;

        public SourceSpan Span { get; } = span;

        public List<YNode> Items { get; } = [];

        public List<KeyValuePair<YScalar, YNode>> Entries { get; } = [];

        public HashSet<string> SeenKeys { get; } = new(StringComparer.Ordinal);

        public bool HasKey { get; private set; }

        public void SetKey(YScalar? key)
        {
            _key = key;
            HasKey = true;
        }

        public YScalar? TakeKey()
        {
            var key = _key;
            _key = null;
            HasKey = false;
            return key;
        }

        public bool AddItem(YNode node, YamlTreeBuilder builder)
        {
            if (Items.Count >= builder.MaxItems)
            {
                return TooMany(builder);
            }

            Items.Add(node);
            return true;
        }

        public bool AddEntry(YScalar key, YNode node, YamlTreeBuilder builder)
        {
            if (Entries.Count >= builder.MaxItems)
            {
                return TooMany(builder);
            }

            Entries.Add(new(key, node));
            return true;
        }

        private bool TooMany(YamlTreeBuilder builder)
        {
            // One report per list; stop reading, since a file this large is not a hand-written brief.
            if (!_tooMany)
            {
                _tooMany = true;
                return builder.ReportTooMany(Span);
            }

            return false;
        }
    }
}
