using System.Globalization;
using System.IO.Compression;
using System.Security.Cryptography;
using Briefing.Diagnostics;
using Briefing.Typesetting.Pdf.Attachments;
using UglyToad.PdfPig;
using UglyToad.PdfPig.Core;
using UglyToad.PdfPig.Parser.Parts;
using UglyToad.PdfPig.Tokenization.Scanner;
using UglyToad.PdfPig.Tokens;

namespace Briefing.Sources;

/// <summary>
/// Finds the source files a PDF carries (file specifications with <c>/AFRelationship /Source</c> in the
/// catalog's <c>/EmbeddedFiles</c> name tree) and gives them back byte for byte. A PDF is untrusted
/// input: PdfPig parses the file, this class walks the name tree itself (bounded in depth and nodes,
/// cycles cut), accepts only unfiltered or Flate streams, inflates them into a bounded buffer, checks
/// <c>/Size</c>, the MD5 <c>/CheckSum</c> and the SHA-256 (<see cref="AttachmentChecksums"/>) and refuses
/// names that are not plain file names. Every problem is a diagnostic; nothing here throws for bad input.
/// </summary>
public sealed class PdfSourceReader(PdfSourceLimits? limits = null)
{
    private readonly PdfSourceLimits _limits = limits ?? PdfSourceLimits.Default;

    /// <summary>Reads the sources of the PDF at <paramref name="path"/> (diagnostics name the path as given).</summary>
    public PdfSourceResult Read(string path)
    {
        byte[] bytes;
        try
        {
            var info = new FileInfo(path);
            if (!info.Exists)
            {
                return Fail(path, DiagnosticCodes.Unreadable, "the file does not exist");
            }

            if (info.Length > _limits.MaxPdfBytes)
            {
                return Fail(path, DiagnosticCodes.PdfUnreadable, $"the PDF is {info.Length} bytes; the limit is {_limits.MaxPdfBytes}");
            }

            bytes = File.ReadAllBytes(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return Fail(path, DiagnosticCodes.Unreadable, $"the file cannot be read: {e.Message}");
        }

        return Read(bytes, path);
    }

    /// <summary>Reads the sources of a PDF given as bytes; <paramref name="path"/> names it in diagnostics.</summary>
    public PdfSourceResult Read(byte[] pdf, string path)
    {
        if (pdf.Length > _limits.MaxPdfBytes)
        {
            return Fail(path, DiagnosticCodes.PdfUnreadable, $"the PDF is {pdf.Length} bytes; the limit is {_limits.MaxPdfBytes}");
        }

        if (pdf.AsSpan(0, Math.Min(pdf.Length, 1024)).IndexOf("%PDF-"u8) < 0)
        {
            return Fail(path, DiagnosticCodes.PdfUnreadable, "the file is not a PDF (no %PDF- header)");
        }

        var sources = new List<EmbeddedSource>();
        var diagnostics = new List<Diagnostic>();
        try
        {
            using var document = PdfDocument.Open(pdf, new ParsingOptions { UseLenientParsing = false, SkipMissingFonts = true });
            var scanner = document.Structure.TokenScanner;
            var catalog = document.Structure.Catalog.CatalogDictionary;
            var specs = FileSpecifications(catalog, scanner, path, diagnostics);
            foreach (var (key, spec) in specs)
            {
                if (ReadSource(key, spec, scanner, path, diagnostics) is { } source)
                {
                    sources.Add(source);
                }
            }
        }
        catch (Exception e) when (e is not (OutOfMemoryException or InsufficientExecutionStackException or StackOverflowException))
        {
            // PdfPig reports a malformed file with exceptions of many types (PdfDocumentFormatException,
            // InvalidOperationException, ArgumentException, IndexOutOfRangeException...); for a file from
            // elsewhere every one of them means "not a PDF this can read".
            return Fail(path, DiagnosticCodes.PdfUnreadable, $"the PDF cannot be read ({e.GetType().Name}: {OneLine(e.Message)})");
        }

        if (sources.Count == 0 && diagnostics.Count == 0)
        {
            diagnostics.Add(Error(path, DiagnosticCodes.NoSourceInPdf, "the PDF carries no source file (render it with brief without --no-source)"));
        }

        return new PdfSourceResult(sources, diagnostics);
    }

    /// <summary>The file specifications of the /EmbeddedFiles name tree, in tree order, walked without recursion.</summary>
    private List<(string Key, DictionaryToken Spec)> FileSpecifications(DictionaryToken catalog, IPdfTokenScanner scanner, string path, List<Diagnostic> diagnostics)
    {
        var found = new List<(string, DictionaryToken)>();
        if (!TryGet(catalog, "Names", scanner, out DictionaryToken? names) || !TryGet(names!, "EmbeddedFiles", scanner, out DictionaryToken? root))
        {
            return found;
        }

        var visited = new HashSet<IndirectReference>();
        var stack = new Stack<(IToken Node, int Depth)>();
        stack.Push((names!.Data["EmbeddedFiles"], 1));
        var nodes = 0;
        while (stack.Count > 0)
        {
            var (token, depth) = stack.Pop();
            if (token is IndirectReferenceToken reference && !visited.Add(reference.Data))
            {
                continue; // a cycle, or a node shared twice: each is read once
            }

            if (++nodes > _limits.MaxTreeNodes || depth > _limits.MaxTreeDepth)
            {
                diagnostics.Add(Error(path, DiagnosticCodes.PdfUnreadable,
                    $"the PDF's list of embedded files is larger or deeper than the limit ({_limits.MaxTreeNodes} nodes, {_limits.MaxTreeDepth} levels)"));
                return found;
            }

            if (!DirectObjectFinder.TryGet(token, scanner, out DictionaryToken? node) || node is null)
            {
                continue;
            }

            if (TryGet(node, "Names", scanner, out ArrayToken? pairs))
            {
                for (var i = 0; i + 1 < pairs!.Length; i += 2)
                {
                    if (found.Count >= _limits.MaxFiles)
                    {
                        diagnostics.Add(Error(path, DiagnosticCodes.PdfUnreadable, $"the PDF embeds more than {_limits.MaxFiles} files"));
                        return found;
                    }

                    if (TextOf(pairs[i], scanner) is { } key && DirectObjectFinder.TryGet(pairs[i + 1], scanner, out DictionaryToken? spec) && spec is not null)
                    {
                        found.Add((key, spec));
                    }
                }
            }

            if (TryGet(node, "Kids", scanner, out ArrayToken? kids))
            {
                // Pushed in reverse, so that kids are read in their order.
                for (var i = kids!.Length - 1; i >= 0; i--)
                {
                    stack.Push((kids[i], depth + 1));
                }
            }
        }

        return found;
    }

    private EmbeddedSource? ReadSource(string key, DictionaryToken spec, IPdfTokenScanner scanner, string path, List<Diagnostic> diagnostics)
    {
        if (!TryGet(spec, "AFRelationship", scanner, out NameToken? relationship) || relationship!.Data != "Source")
        {
            return null; // another kind of attachment: not ours to give back
        }

        var name = (TryGet(spec, "UF", scanner, out IToken? uf) ? TextOf(uf!, scanner) : null)
            ?? (TryGet(spec, "F", scanner, out IToken? f) ? TextOf(f!, scanner) : null)
            ?? key;
        if (!IsPlainFileName(name))
        {
            diagnostics.Add(Error(path, DiagnosticCodes.PdfUnreadable, $"an embedded source has a name that is not a plain file name ({Quote(name)})"));
            return null;
        }

        var at = $"{path}#{name}";
        if (!TryGet(spec, "EF", scanner, out DictionaryToken? files)
            || !(TryGet(files!, "UF", scanner, out StreamToken? stream) || TryGet(files!, "F", scanner, out stream)))
        {
            diagnostics.Add(Error(at, DiagnosticCodes.PdfUnreadable, "the embedded source has no file stream"));
            return null;
        }

        var data = Decode(stream!, scanner, at, diagnostics);
        if (data is null)
        {
            return null;
        }

        return Verify(stream!, data, scanner, at, diagnostics) ? new EmbeddedSource(name, data) : null;
    }

    private byte[]? Decode(StreamToken stream, IPdfTokenScanner scanner, string at, List<Diagnostic> diagnostics)
    {
        var raw = stream.Data;
        if (raw.Length > _limits.MaxFileBytes)
        {
            diagnostics.Add(Error(at, DiagnosticCodes.SourceTooLarge, $"the embedded source is stored in {raw.Length} bytes; the limit is {_limits.MaxFileBytes}"));
            return null;
        }

        var flate = false;
        if (stream.StreamDictionary.TryGet(NameToken.Filter, out var filter))
        {
            IToken? only = filter is ArrayToken { Length: 1 } array ? array[0] : filter is ArrayToken { Length: 0 } ? null : filter;
            if (only is not null)
            {
                if (only is NameToken { Data: "FlateDecode" or "Fl" } && !stream.StreamDictionary.ContainsKey(NameToken.Create("DecodeParms")) && !stream.StreamDictionary.ContainsKey(NameToken.Create("DP")))
                {
                    flate = true;
                }
                else
                {
                    diagnostics.Add(Error(at, DiagnosticCodes.PdfUnreadable, "the embedded source uses a filter other than plain FlateDecode"));
                    return null;
                }
            }
        }

        if (!flate)
        {
            return raw.ToArray();
        }

        // Inflated into a buffer that stops one byte past the limit: a zip bomb costs the limit, no more.
        try
        {
            using var input = new MemoryStream(raw.ToArray(), writable: false);
            using var zlib = new ZLibStream(input, CompressionMode.Decompress);
            using var output = new MemoryStream();
            var buffer = new byte[81920];
            int read;
            while ((read = zlib.Read(buffer, 0, buffer.Length)) > 0)
            {
                output.Write(buffer, 0, read);
                if (output.Length > _limits.MaxFileBytes)
                {
                    diagnostics.Add(Error(at, DiagnosticCodes.SourceTooLarge, $"the embedded source is larger than the limit of {_limits.MaxFileBytes} bytes"));
                    return null;
                }
            }

            return output.ToArray();
        }
        catch (InvalidDataException e)
        {
            diagnostics.Add(Error(at, DiagnosticCodes.PdfUnreadable, $"the embedded source's compressed data is damaged ({OneLine(e.Message)})"));
            return null;
        }
    }

    private static bool Verify(StreamToken stream, byte[] data, IPdfTokenScanner scanner, string at, List<Diagnostic> diagnostics)
    {
        if (!TryGet(stream.StreamDictionary, "Params", scanner, out DictionaryToken? parameters))
        {
            diagnostics.Add(Error(at, DiagnosticCodes.SourceTampered, "the embedded source has no checksum, so it cannot be trusted"));
            return false;
        }

        var checkedAny = false;
        if (TryGet(parameters!, "Size", scanner, out NumericToken? size) && size!.Double != data.Length)
        {
            diagnostics.Add(Error(at, DiagnosticCodes.SourceTampered,
                $"the embedded source is {data.Length} bytes but its PDF says {size.Double.ToString(CultureInfo.InvariantCulture)}: it was changed after it was embedded"));
            return false;
        }

        if (TryGet(parameters!, AttachmentChecksums.Sha256Key, scanner, out IToken? sha) && BytesOf(sha!) is { } expected)
        {
            var text = System.Text.Encoding.ASCII.GetString(expected);
            if (!string.Equals(text, Convert.ToHexStringLower(SHA256.HashData(data)), StringComparison.OrdinalIgnoreCase))
            {
                diagnostics.Add(Error(at, DiagnosticCodes.SourceTampered, "the embedded source does not match its SHA-256 checksum: it was changed after it was embedded"));
                return false;
            }

            checkedAny = true;
        }

        if (TryGet(parameters!, "CheckSum", scanner, out IToken? md5) && BytesOf(md5!) is { } digest)
        {
            if (!digest.AsSpan().SequenceEqual(MD5.HashData(data)))
            {
                diagnostics.Add(Error(at, DiagnosticCodes.SourceTampered, "the embedded source does not match its MD5 checksum: it was changed after it was embedded"));
                return false;
            }

            checkedAny = true;
        }

        if (!checkedAny)
        {
            diagnostics.Add(Error(at, DiagnosticCodes.SourceTampered, "the embedded source has no checksum, so it cannot be trusted"));
        }

        return checkedAny;
    }

    private static bool TryGet<T>(DictionaryToken dictionary, string key, IPdfTokenScanner scanner, out T? value)
        where T : class, IToken
    {
        value = null;
        return dictionary.TryGet(NameToken.Create(key), out var token) && DirectObjectFinder.TryGet(token, scanner, out value) && value is not null;
    }

    private static string? TextOf(IToken token, IPdfTokenScanner scanner) =>
        DirectObjectFinder.TryGet(token, scanner, out StringToken? s) && s is not null ? s.Data
        : DirectObjectFinder.TryGet(token, scanner, out HexToken? h) && h is not null ? h.Data
        : null;

    private static byte[]? BytesOf(IToken token) => token switch
    {
        HexToken hex => [.. hex.Bytes],
        StringToken s => s.GetBytes(),
        _ => null,
    };

    /// <summary>A name that is safe to write to and to print: no folders, no control or bidi characters, not empty, . or ...</summary>
    internal static bool IsPlainFileName(string name)
    {
        if (name.Length is 0 or > 255 || name is "." or ".." || name.IndexOfAny(['/', '\\', ':']) >= 0)
        {
            return false;
        }

        foreach (var c in name)
        {
            var category = char.GetUnicodeCategory(c);
            if (category is UnicodeCategory.Control or UnicodeCategory.Format or UnicodeCategory.LineSeparator
                or UnicodeCategory.ParagraphSeparator or UnicodeCategory.Surrogate or UnicodeCategory.OtherNotAssigned)
            {
                return false;
            }
        }

        return true;
    }

    private static string Quote(string name)
    {
        var shown = new System.Text.StringBuilder(Math.Min(name.Length, 80));
        foreach (var c in name.Length > 80 ? name[..80] : name)
        {
            shown.Append(char.IsControl(c) || char.GetUnicodeCategory(c) == UnicodeCategory.Format ? $"U+{(int)c:X4}" : c.ToString());
        }

        return "'" + shown + "'";
    }

    private static string OneLine(string message) => message.ReplaceLineEndings(" ");

    private static Diagnostic Error(string at, DiagnosticCode code, string message) => new(code.Severity, code.Code, message, new SourceSpan(at, 1, 1));

    private static PdfSourceResult Fail(string path, DiagnosticCode code, string message) => new([], [Error(path, code, message)]);
}
