using System.Diagnostics;
using System.Text;
using System.Text.RegularExpressions;

namespace Briefing.Tests.Standards;

/// <summary>
/// Makes deliberately broken PDFs from good ones by editing their bytes: <c>qpdf --qdf</c> writes the file
/// with every object and stream uncompressed and readable, the test edits that text, and <c>fix-qdf</c>
/// repairs the stream lengths and the cross-reference table, so the result is a sound PDF with one fault.
/// </summary>
internal static partial class BrokenPdf
{
    /// <summary>The PDF as QDF text (Latin-1, so every byte is one character).</summary>
    public static string ToQdf(byte[] pdf) => Encoding.Latin1.GetString(Run("qpdf", pdf, "--qdf", "--object-streams=disable", "{in}", "-"));

    /// <summary>A PDF again from edited QDF text.</summary>
    public static byte[] FromQdf(string qdf) => Run("fix-qdf", Encoding.Latin1.GetBytes(qdf), "{in}");

    /// <summary>Applies <paramref name="edit"/> to the PDF's QDF text; throws when the edit changed nothing.</summary>
    public static byte[] Edit(byte[] pdf, Func<string, string> edit)
    {
        var qdf = ToQdf(pdf);
        var edited = edit(qdf);
        if (edited == qdf)
            throw new InvalidOperationException("The edit found nothing to break.");
        return FromQdf(edited);
    }

    /// <summary>Replaces the first match of <paramref name="pattern"/> (multiline) with <paramref name="replacement"/>.</summary>
    public static Func<string, string> ReplaceFirst(string pattern, string replacement) =>
        qdf => new Regex(pattern, RegexOptions.Multiline).Replace(qdf, replacement, 1);

    /// <summary>Edits the first object whose text matches <paramref name="selector"/>, replacing the first match of <paramref name="pattern"/> in it.</summary>
    public static Func<string, string> InFirstObject(string selector, string pattern, string replacement) => qdf =>
    {
        foreach (Match obj in Objects().Matches(qdf))
        {
            if (!Regex.IsMatch(obj.Value, selector, RegexOptions.Multiline))
                continue;
            var edited = new Regex(pattern, RegexOptions.Multiline).Replace(obj.Value, replacement, 1);
            return string.Concat(qdf.AsSpan(0, obj.Index), edited, qdf.AsSpan(obj.Index + obj.Length));
        }
        return qdf;
    };

    /// <summary>Inserts <paramref name="operators"/> at the start of page 1's content stream.</summary>
    public static Func<string, string> PrependToFirstPage(string operators) => qdf =>
    {
        var marker = qdf.IndexOf("%% Contents for page 1", StringComparison.Ordinal);
        if (marker < 0)
            return qdf;
        var start = qdf.IndexOf("stream\n", marker, StringComparison.Ordinal) + "stream\n".Length;
        return qdf.Insert(start, operators);
    };

    [GeneratedRegex(@"^\d+ 0 obj\n.*?^endobj$", RegexOptions.Multiline | RegexOptions.Singleline)]
    private static partial Regex Objects();

    private static byte[] Run(string tool, byte[] input, params string[] arguments)
    {
        var path = Path.Combine(Path.GetTempPath(), $"briefing-broken-{Guid.NewGuid():N}.pdf");
        File.WriteAllBytes(path, input);
        try
        {
            var info = new ProcessStartInfo(tool) { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
            foreach (var argument in arguments)
                info.ArgumentList.Add(argument == "{in}" ? path : argument);
            using var process = Process.Start(info) ?? throw new InvalidOperationException($"Could not start {tool}.");
            var error = process.StandardError.ReadToEndAsync();
            using var output = new MemoryStream();
            process.StandardOutput.BaseStream.CopyTo(output);
            process.WaitForExit();
            if (process.ExitCode != 0)
                throw new InvalidOperationException($"{tool} failed ({process.ExitCode}): {error.Result}");
            return output.ToArray();
        }
        finally
        {
            File.Delete(path);
        }
    }
}
