using System.Buffers.Binary;
using System.Diagnostics;
using System.Globalization;
using System.Text.Json;
using System.Xml.Linq;
using Briefing.Typesetting.Tests.Support;

namespace Briefing.Tests.Composition;

/// <summary>
/// Kerning checked from outside brief: HarfBuzz's own command-line shaper (hb-shape, Debian libharfbuzz-bin)
/// says where each letter of a line belongs, and MuPDF (mutool, Debian mupdf-tools) says where the PDF put it.
/// </summary>
public sealed class KerningCheckTests(SummitRendering summit) : IClassFixture<SummitRendering>
{
    // The bar: pairs kerned by at least a tenth of a point must sit within 0.06 pt of HarfBuzz's place.
    private const double KernThreshold = 0.1;
    private const double Tolerance = 0.06;

    [Fact]
    public void Every_pair_hb_shape_kerns_sits_where_harfbuzz_puts_it_in_the_english_summit_brief()
    {
        // Given: the PDF's characters, line by line and font by font, as MuPDF reads them back
        var spans = StextSpans(summit.Pdf("en"));
        var fonts = new FontFiles();
        var checkedPairs = 0;
        var misplaced = new List<string>();

        foreach (var span in spans)
        {
            var font = fonts.Find(span.Font);
            Assert.True(font is not null, $"mutool names the font {span.Font}, which fontconfig does not know");
            var text = string.Concat(span.Chars.Select(c => c.Text));

            // When: HarfBuzz shapes the same text with and without kerning
            var kerned = HbShape(font.Value.Path, font.Value.Index, text, "");
            var plain = HbShape(font.Value.Path, font.Value.Index, text, "-kern");
            if (kerned.Count != plain.Count)
                continue;
            var scale = span.Size / font.Value.UnitsPerEm;

            // Then: every pair it kerns by 0.1 pt or more is that far apart in the PDF (within 0.06 pt)
            for (var j = 0; j + 1 < kerned.Count; j++)
            {
                var (a, b) = (kerned[j], kerned[j + 1]);
                // Only letters that are a cluster of their own (no ligature, no mark) have a place of their own.
                if (b.Cluster != a.Cluster + 1 || plain[j].Cluster != a.Cluster || b.Cluster >= span.Chars.Count)
                    continue;
                var kern = (a.Advance - plain[j].Advance) * scale;
                // A justified line widens its spaces: the pair after a space moves on purpose.
                if (Math.Abs(kern) < KernThreshold || span.Chars[a.Cluster].Text == " ")
                    continue;
                var expected = (a.Advance + b.XOffset - a.XOffset) * scale;
                var actual = span.Chars[b.Cluster].X - span.Chars[a.Cluster].X;
                // MuPDF joins text of one font on one baseline; letters far from their plain advance are two runs.
                if (Math.Abs(actual - plain[j].Advance * scale) > 2)
                    continue;
                checkedPairs++;
                if (Math.Abs(actual - expected) > Tolerance)
                {
                    misplaced.Add(string.Create(CultureInfo.InvariantCulture,
                        $"'{span.Chars[a.Cluster].Text}{span.Chars[b.Cluster].Text}' in \"{text}\" ({span.Font} {span.Size}): {actual:F3} pt apart, HarfBuzz {expected:F3}"));
                }
            }
        }

        Assert.True(checkedPairs >= 50, $"only {checkedPairs} kerned pairs were found; the check would prove nothing");
        Assert.True(misplaced.Count == 0, $"{misplaced.Count} of {checkedPairs} kerned pairs are misplaced:\n" + string.Join('\n', misplaced.Take(20)));
    }

    private sealed record StextChar(string Text, double X);

    private sealed record StextSpan(string Font, double Size, List<StextChar> Chars);

    private readonly record struct HbGlyph(int Cluster, double Advance, double XOffset);

    private static List<StextSpan> StextSpans(byte[] pdf)
    {
        var result = PdfTools.RunOnFile(pdf, "mutool", "draw", "-q", "-F", "stext", "-o", "-", "{file}");
        Assert.True(result.ExitCode == 0, "mutool draw failed: " + result.Error);
        var spans = new List<StextSpan>();
        var document = XDocument.Parse(result.Output);
        foreach (var font in document.Descendants("font"))
        {
            var chars = font.Elements("char")
                .Select(c => new StextChar((string)c.Attribute("c")!, double.Parse((string)c.Attribute("x")!, CultureInfo.InvariantCulture)))
                .ToList();
            if (chars.Count > 1)
                spans.Add(new StextSpan((string)font.Attribute("name")!, double.Parse((string)font.Attribute("size")!, CultureInfo.InvariantCulture), chars));
        }
        return spans;
    }

    private static List<HbGlyph> HbShape(string fontPath, int index, string text, string features)
    {
        var info = new ProcessStartInfo("hb-shape")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            StandardOutputEncoding = System.Text.Encoding.UTF8,
        };
        foreach (var argument in new[] { "--output-format=json", "--no-glyph-names", $"--face-index={index}", $"--features={features}", fontPath, $"--text={text}" })
            info.ArgumentList.Add(argument);
        using var process = Process.Start(info) ?? throw new InvalidOperationException("Could not start hb-shape.");
        var error = process.StandardError.ReadToEndAsync();
        var output = process.StandardOutput.ReadToEnd();
        process.WaitForExit();
        Assert.True(process.ExitCode == 0, "hb-shape failed: " + error.Result);
        using var json = JsonDocument.Parse(output);
        return json.RootElement.EnumerateArray()
            .Select(g => new HbGlyph(g.GetProperty("cl").GetInt32(), g.GetProperty("ax").GetDouble(), g.GetProperty("dx").GetDouble()))
            .ToList();
    }

    /// <summary>Font files by PostScript name, from fontconfig, with their units per em.</summary>
    private sealed class FontFiles
    {
        private readonly Dictionary<string, (string Path, int Index)> _byName = new(StringComparer.Ordinal);
        private readonly Dictionary<string, (string Path, int Index, double UnitsPerEm)?> _found = new(StringComparer.Ordinal);

        public FontFiles()
        {
            var info = new ProcessStartInfo("fc-list") { RedirectStandardOutput = true, UseShellExecute = false };
            info.ArgumentList.Add("-f");
            info.ArgumentList.Add("%{postscriptname}\t%{index}\t%{file}\n");
            using var process = Process.Start(info) ?? throw new InvalidOperationException("Could not start fc-list.");
            var lines = process.StandardOutput.ReadToEnd().Split('\n', StringSplitOptions.RemoveEmptyEntries);
            process.WaitForExit();
            // Sorted, so that which of two files with one name wins does not depend on fontconfig's order.
            foreach (var line in lines.Order(StringComparer.Ordinal))
            {
                var parts = line.Split('\t');
                if (parts.Length == 3)
                    _byName.TryAdd(parts[0], (parts[2], int.Parse(parts[1], CultureInfo.InvariantCulture)));
            }
        }

        public (string Path, int Index, double UnitsPerEm)? Find(string postScriptName)
        {
            if (_found.TryGetValue(postScriptName, out var known))
                return known;
            (string, int, double)? found = _byName.TryGetValue(postScriptName, out var file)
                ? (file.Path, file.Index, UnitsPerEm(file.Path, file.Index))
                : null;
            _found[postScriptName] = found;
            return found;
        }

        private static double UnitsPerEm(string path, int index)
        {
            var bytes = File.ReadAllBytes(path);
            var start = BinaryPrimitives.ReadUInt32BigEndian(bytes) == 0x74746366 // 'ttcf'
                ? (int)BinaryPrimitives.ReadUInt32BigEndian(bytes.AsSpan(12 + 4 * index))
                : 0;
            int tables = BinaryPrimitives.ReadUInt16BigEndian(bytes.AsSpan(start + 4));
            for (var i = 0; i < tables; i++)
            {
                var record = bytes.AsSpan(start + 12 + 16 * i);
                if (record[..4].SequenceEqual("head"u8))
                    return BinaryPrimitives.ReadUInt16BigEndian(bytes.AsSpan((int)BinaryPrimitives.ReadUInt32BigEndian(record[8..]) + 18));
            }
            throw new InvalidOperationException($"{path} has no 'head' table");
        }
    }
}
