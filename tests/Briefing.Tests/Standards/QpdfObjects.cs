using System.Diagnostics;
using System.Text.Json;

namespace Briefing.Tests.Standards;

/// <summary>
/// A PDF's objects as <c>qpdf --json</c> (version 2) reads them back, with stream data decoded: the
/// checks judge the file as any reader sees it, not as our writer meant it. Values keep qpdf's JSON form:
/// names "/P", strings "u:text", references "5 0 R".
/// </summary>
internal sealed class QpdfObjects
{
    private readonly Dictionary<string, JsonElement> _objects;
    private readonly JsonDocument _json;

    private QpdfObjects(JsonDocument json)
    {
        _json = json;
        _objects = [];
        foreach (var property in json.RootElement.GetProperty("qpdf")[1].EnumerateObject())
        {
            var key = property.Name.StartsWith("obj:", StringComparison.Ordinal) ? property.Name[4..] : property.Name;
            _objects[key] = property.Value;
        }
    }

    /// <summary>Reads a PDF with one qpdf run.</summary>
    public static QpdfObjects Read(byte[] pdf)
    {
        var path = Path.Combine(Path.GetTempPath(), $"briefing-ua-{Guid.NewGuid():N}.pdf");
        File.WriteAllBytes(path, pdf);
        try
        {
            var info = new ProcessStartInfo("qpdf") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
            foreach (var argument in new[] { "--json", "--json-stream-data=inline", "--decode-level=generalized", path })
                info.ArgumentList.Add(argument);
            using var process = Process.Start(info) ?? throw new InvalidOperationException("Could not start qpdf.");
            var error = process.StandardError.ReadToEndAsync();
            var output = process.StandardOutput.ReadToEnd();
            process.WaitForExit();
            // Exit 3 is "warnings"; the checks then still see what qpdf recovered, and the warnings are kept.
            if (process.ExitCode is not (0 or 3))
                throw new InvalidOperationException($"qpdf --json failed ({process.ExitCode}): {error.Result}");
            return new QpdfObjects(JsonDocument.Parse(output));
        }
        finally
        {
            File.Delete(path);
        }
    }

    /// <summary>The trailer dictionary.</summary>
    public JsonElement Trailer => _objects["trailer"].GetProperty("value");

    /// <summary>The document catalog.</summary>
    public JsonElement Catalog => Resolve(Trailer.GetProperty("/Root"));

    /// <summary>The pages in order: their object reference and dictionary.</summary>
    public IEnumerable<(string Reference, JsonElement Page)> Pages()
    {
        foreach (var page in _json.RootElement.GetProperty("pages").EnumerateArray())
        {
            var reference = page.GetProperty("object").GetString()!;
            yield return (reference, Resolve(reference));
        }
    }

    /// <summary>Every object's reference and value (streams: their dictionary).</summary>
    public IEnumerable<(string Reference, JsonElement Value)> All()
    {
        foreach (var (key, obj) in _objects)
        {
            if (key == "trailer")
                continue;
            if (obj.TryGetProperty("value", out var value))
                yield return (key, value);
            else if (obj.TryGetProperty("stream", out var stream))
                yield return (key, stream.GetProperty("dict"));
        }
    }

    /// <summary>The object a reference names (a stream's dictionary for streams); other values as they are.</summary>
    public JsonElement Resolve(JsonElement value) =>
        value.ValueKind == JsonValueKind.String && IsReference(value.GetString()!) ? Resolve(value.GetString()!) : value;

    /// <summary>The object <paramref name="reference"/> ("5 0 R") names.</summary>
    public JsonElement Resolve(string reference)
    {
        var obj = _objects[reference];
        return obj.TryGetProperty("value", out var value) ? value : obj.GetProperty("stream").GetProperty("dict");
    }

    /// <summary>A dictionary entry, resolved, or null when absent (or null).</summary>
    public JsonElement? Get(JsonElement dictionary, string key)
    {
        if (dictionary.ValueKind != JsonValueKind.Object || !dictionary.TryGetProperty(key, out var value))
            return null;
        var resolved = Resolve(value);
        return resolved.ValueKind == JsonValueKind.Null ? null : resolved;
    }

    /// <summary>The decoded data of the stream <paramref name="reference"/> names.</summary>
    public byte[] StreamData(string reference) =>
        Convert.FromBase64String(_objects[reference].GetProperty("stream").GetProperty("data").GetString()!);

    /// <summary>Whether a JSON string is an object reference such as "12 0 R".</summary>
    public static bool IsReference(string s) => s.EndsWith(" R", StringComparison.Ordinal) && char.IsAsciiDigit(s[0]);

    /// <summary>A PDF string's text (qpdf writes "u:…" for text, "b:…" for bytes as hex).</summary>
    public static string Text(JsonElement value)
    {
        var s = value.GetString() ?? "";
        return s.StartsWith("u:", StringComparison.Ordinal) ? s[2..] : s.StartsWith("b:", StringComparison.Ordinal) ? s[2..] : s;
    }
}
