using System.Text;
using Briefing.Diagnostics;
using Briefing.Validation;

namespace Briefing.Loading;

/// <summary>
/// Reads a <c>brief/1</c> YAML file into a <see cref="Model.Brief"/> and checks it completely (shape and
/// validation): every problem of the file in one run, sorted by position. Never throws for bad input.
/// </summary>
public sealed class BriefLoader(LoadLimits? limits = null)
{
    private readonly LoadLimits _limits = limits ?? LoadLimits.Default;

    /// <summary>Test seam, handed to the tree builder: see <see cref="YamlTreeBuilder.BeforeEvent"/>.</summary>
    internal Action<YamlDotNet.Core.Events.ParsingEvent>? BeforeEvent { get; init; }

    /// <summary>
    /// Leaves the translation drift check (warnings only) out of <see cref="LoadResult.Diagnostics"/> and hands it
    /// back as <see cref="LoadResult.TranslationDrift"/>, for a caller that runs it beside other work.
    /// </summary>
    public bool DeferTranslationDrift { get; init; }

    /// <summary>Loads and validates the file at <paramref name="path"/> (positions name the path as given).</summary>
    public LoadResult Load(string path)
    {
        var start = new SourceSpan(path, 1, 1);
        byte[] bytes;
        try
        {
            var info = new FileInfo(path);
            if (!info.Exists)
            {
                return Fail(DiagnosticCodes.Unreadable, start, "the file does not exist");
            }

            if (info.Length > _limits.MaxFileBytes)
            {
                return Fail(DiagnosticCodes.FileTooLarge, start, $"the file is {info.Length} bytes; the limit is {_limits.MaxFileBytes}");
            }

            bytes = File.ReadAllBytes(path);
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            return Fail(DiagnosticCodes.Unreadable, start, $"the file cannot be read: {exception.Message}");
        }

        return Load(bytes, path, DefaultId(path));
    }

    /// <summary>
    /// Loads and validates a brief carried inside a PDF: diagnostics name it as <c>report.pdf#name.yaml</c>,
    /// and its default id comes from its own file name.
    /// </summary>
    public LoadResult Load(Sources.EmbeddedSource source, string pdfPath) => Load(source.Bytes, source.DisplayPath(pdfPath), DefaultId(source.Name));

    /// <summary>Loads and validates a brief given as text; <paramref name="path"/> names it in diagnostics and gives the default id.</summary>
    public LoadResult Load(string text, string path) => Load(text, path, DefaultId(path)) with { Source = Encoding.UTF8.GetBytes(text) };

    private LoadResult Load(byte[] bytes, string path, string defaultId)
    {
        if (bytes.Length > _limits.MaxFileBytes)
        {
            return Fail(DiagnosticCodes.FileTooLarge, new SourceSpan(path, 1, 1), $"the file is {bytes.Length} bytes; the limit is {_limits.MaxFileBytes}");
        }

        string text;
        try
        {
            text = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true).GetString(bytes);
        }
        catch (DecoderFallbackException)
        {
            return Fail(DiagnosticCodes.Unreadable, new SourceSpan(path, 1, 1), "the file is not valid UTF-8");
        }

        return Load(text, path, defaultId) with { Source = bytes };
    }

    private LoadResult Load(string text, string path, string defaultId)
    {
        var start = new SourceSpan(path, 1, 1);
        if (text.Length > 0 && text[0] == '\uFEFF')
        {
            text = text[1..];
        }

        var size = Encoding.UTF8.GetByteCount(text);
        if (size > _limits.MaxFileBytes)
        {
            return Fail(DiagnosticCodes.FileTooLarge, start, $"the file is {size} bytes; the limit is {_limits.MaxFileBytes}");
        }

        var bag = new DiagnosticBag();
        var builder = new YamlTreeBuilder(path, _limits, bag) { BeforeEvent = BeforeEvent };
        var root = builder.Build(text);
        if (root is null)
        {
            return new LoadResult(null, bag.ToSortedList());
        }

        if (root is not YMapping mapping)
        {
            bag.Add(DiagnosticCodes.NotABrief, root.Span, "the top level of a brief must be a mapping (format: brief/1, ...)");
            return new LoadResult(null, bag.ToSortedList());
        }

        var lines = text.Split('\n');
        var reader = new BriefReader(path, lines, bag);
        var brief = reader.Read(mapping, defaultId, builder.BidiSpans);
        var drift = BriefValidator.ValidateAllButDrift(brief, bag);
        if (drift is not null && !DeferTranslationDrift)
        {
            bag.AddRange(drift());
            drift = null;
        }

        return new LoadResult(bag.HasErrors ? null : brief, bag.ToSortedList()) { TranslationDrift = drift };
    }

    private static string DefaultId(string path)
    {
        var name = Path.GetFileName(path);
        foreach (var extension in new[] { ".yaml", ".yml" })
        {
            if (name.EndsWith(extension, StringComparison.OrdinalIgnoreCase))
            {
                return name[..^extension.Length];
            }
        }

        return name;
    }

    private static LoadResult Fail(DiagnosticCode code, SourceSpan span, string message) =>
        new(null, [new Diagnostic(code.Severity, code.Code, message, span)]);
}
