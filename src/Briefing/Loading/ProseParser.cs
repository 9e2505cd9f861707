using Briefing.Diagnostics;
using Briefing.Model;
using Briefing.Typesetting.Pdf;
using Markdig;
using Markdig.Extensions.Tables;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;
using SourceSpan = Briefing.Diagnostics.SourceSpan;

namespace Briefing.Loading;

/// <summary>
/// Parses prose with Markdig and keeps only what briefs allow: paragraphs, bold, italic, links and
/// '- ' bullet lists. Everything else becomes a BRF060 diagnostic at its line.
/// </summary>
internal sealed class ProseParser
{
    // Pipe tables are switched on only so that a table is recognised and rejected rather than read as text.
    private readonly MarkdownPipeline _pipeline = new MarkdownPipelineBuilder().UsePipeTables().UsePreciseSourceLocation().Build();

    /// <summary>Parses one prose text; <paramref name="position"/> maps a 0-based line and column in the text to the file.</summary>
    public Prose Parse(string text, string path, Func<int, int, SourceSpan> position, DiagnosticBag bag)
    {
        MarkdownDocument document;
        try
        {
            document = Markdown.Parse(text, _pipeline);
        }
        catch (ArgumentException)
        {
            // Markdig refuses input nested past its depth limit (found by the loader fuzzer: 12 000 '[').
            bag.Add(DiagnosticCodes.UnsupportedMarkup, position(0, 0), $"{path}: the prose is nested too deeply (brackets, emphasis or lists) to be read");
            return new Prose([]);
        }

        var blocks = new List<ProseBlock>();
        var positions = new List<SourceSpan>();
        foreach (var block in document)
        {
            switch (block)
            {
                case ParagraphBlock paragraph:
                    blocks.Add(ReadParagraph(paragraph, path, position, bag));
                    positions.Add(position(paragraph.Line, paragraph.Column));
                    break;
                case ListBlock list:
                    var itemPositions = new List<SourceSpan>();
                    var items = ReadList(list, path, position, bag, itemPositions);
                    if (items is not null)
                    {
                        blocks.Add(new ProseBulletList(items));
                        positions.AddRange(itemPositions);
                    }

                    break;
                case LinkReferenceDefinitionGroup:
                    Reject(block, "link reference definitions", path, position, bag);
                    break;
                default:
                    Reject(block, Describe(block), path, position, bag);
                    break;
            }
        }

        return new Prose(blocks) { Positions = positions };
    }

    private List<ProseParagraph>? ReadList(ListBlock list, string path, Func<int, int, SourceSpan> position, DiagnosticBag bag,
        List<SourceSpan> positions)
    {
        if (list.IsOrdered)
        {
            Reject(list, "numbered lists", path, position, bag);
            return null;
        }

        if (list.BulletType != '-')
        {
            bag.Add(DiagnosticCodes.UnsupportedMarkup, position(list.Line, list.Column),
                $"{path}: bullets are written '- ', not '{list.BulletType} '");
            return null;
        }

        var items = new List<ProseParagraph>();
        foreach (var child in list)
        {
            if (child is not ListItemBlock item)
            {
                continue;
            }

            var paragraphs = 0;
            foreach (var inner in item)
            {
                if (inner is ParagraphBlock paragraph && paragraphs == 0)
                {
                    items.Add(ReadParagraph(paragraph, path, position, bag));
                    positions.Add(position(item.Line, item.Column));
                    paragraphs++;
                }
                else if (inner is ListBlock)
                {
                    Reject(inner, "nested lists", path, position, bag);
                }
                else if (inner is ParagraphBlock)
                {
                    Reject(inner, "several paragraphs in one bullet", path, position, bag);
                }
                else
                {
                    Reject(inner, Describe(inner), path, position, bag);
                }
            }
        }

        return items;
    }

    private static ProseParagraph ReadParagraph(ParagraphBlock paragraph, string path, Func<int, int, SourceSpan> position, DiagnosticBag bag)
    {
        var runs = new List<ProseInline>();
        if (paragraph.Inline is not null)
        {
            ReadInlines(paragraph.Inline, false, false, null, runs, path, position, bag);
        }

        return new ProseParagraph(SplitMarks(runs));
    }

    // After the runs are joined, so a mark Markdig split over two literals is still found; a mark inside a link
    // stays text (a link's words are the author's).
    private static List<ProseInline> SplitMarks(List<ProseInline> runs)
    {
        if (!runs.Exists(static run => run.Url is null && TextMarks.Contains(run.Text)))
            return runs;
        var result = new List<ProseInline>();
        foreach (var run in runs)
        {
            if (run.Url is not null || !TextMarks.Contains(run.Text))
            {
                result.Add(run);
                continue;
            }

            var last = 0;
            foreach (System.Text.RegularExpressions.Match match in TextMarks.Token().Matches(run.Text))
            {
                if (TextMarks.Parse(match.Groups[1].Value) is not { } mark)
                    continue;
                if (match.Index > last)
                    result.Add(run with { Text = run.Text[last..match.Index] });
                result.Add(ProseInline.ForMark(mark, run.Bold, run.Italic));
                last = match.Index + match.Length;
            }

            if (last < run.Text.Length)
                result.Add(run with { Text = run.Text[last..] });
        }

        return result;
    }

    private static void ReadInlines(ContainerInline container, bool bold, bool italic, string? url, List<ProseInline> runs,
        string path, Func<int, int, SourceSpan> position, DiagnosticBag bag)
    {
        foreach (var inline in container)
        {
            switch (inline)
            {
                case LiteralInline literal:
                    Append(runs, literal.Content.ToString(), bold, italic, url);
                    break;
                case LineBreakInline:
                    Append(runs, " ", bold, italic, url);
                    break;
                case HtmlEntityInline entity:
                    Append(runs, entity.Transcoded.ToString(), bold, italic, url);
                    break;
                case EmphasisInline emphasis when emphasis.DelimiterChar is '*' or '_':
                    var isBold = emphasis.DelimiterCount >= 2;
                    ReadInlines(emphasis, bold || isBold, italic || !isBold, url, runs, path, position, bag);
                    break;
                case LinkInline { IsImage: true }:
                    Reject(inline, "images", path, position, bag);
                    break;
                case LinkInline link:
                    var target = link.Url ?? string.Empty;
                    if (!ExternalLinkPolicy.IsAllowed(target))
                    {
                        bag.Add(DiagnosticCodes.InvalidUrl, position(inline.Line, inline.Column),
                            $"{path}: link '{target}' must be an http, https or mailto URL");
                    }

                    ReadInlines(link, bold, italic, target, runs, path, position, bag);
                    break;
                case AutolinkInline autolink:
                    var address = autolink.IsEmail ? "mailto:" + autolink.Url : autolink.Url;
                    if (!ExternalLinkPolicy.IsAllowed(address))
                    {
                        bag.Add(DiagnosticCodes.InvalidUrl, position(inline.Line, inline.Column),
                            $"{path}: link '{address}' must be an http, https or mailto URL");
                    }

                    Append(runs, autolink.Url, bold, italic, address);
                    break;
                case CodeInline:
                    Reject(inline, "code spans", path, position, bag);
                    break;
                case HtmlInline:
                    Reject(inline, "HTML tags", path, position, bag);
                    break;
                default:
                    Reject(inline, inline.GetType().Name, path, position, bag);
                    break;
            }
        }
    }

    private static void Append(List<ProseInline> runs, string text, bool bold, bool italic, string? url)
    {
        if (text.Length == 0)
        {
            return;
        }

        // Markdig splits text at every delimiter and line; runs of one style are joined back together.
        if (runs.Count > 0)
        {
            var last = runs[^1];
            if (last.Bold == bold && last.Italic == italic && last.Url == url)
            {
                runs[^1] = last with { Text = last.Text + text };
                return;
            }
        }

        runs.Add(new ProseInline(text, bold, italic, url));
    }

    private static string Describe(Block block) => block switch
    {
        HeadingBlock => "headings",
        HtmlBlock => "HTML blocks",
        CodeBlock => "code blocks",
        QuoteBlock => "block quotes",
        ThematicBreakBlock => "horizontal rules",
        Table => "tables",
        _ => block.GetType().Name,
    };

    private static void Reject(MarkdownObject item, string what, string path, Func<int, int, SourceSpan> position, DiagnosticBag bag) =>
        bag.Add(DiagnosticCodes.UnsupportedMarkup, position(item.Line, item.Column), $"{path}: {what} are not allowed in prose");
}
