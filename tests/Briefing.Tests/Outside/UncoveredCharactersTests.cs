using System.Globalization;
using System.Text;
using Briefing.Loading;
using Briefing.Typesetting.Fonts;
using Briefing.Validation;

namespace Briefing.Tests.Outside;

/// <summary>
/// Briefs with characters no default font covers (emoji, flags, ✓, the minus sign U+2212, Arabic, Hebrew, Thai,
/// Devanagari, Ethiopic): each such character is a BRF054 error at its field's line, never a crash.
/// </summary>
public sealed class UncoveredCharactersTests
{
    public static TheoryData<string> Files() => new() { "emoji.yaml", "scripts.yaml" };

    [Theory]
    [MemberData(nameof(Files))]
    public void Every_uncovered_character_is_a_brf054_error_at_its_line(string file)
    {
        // Given the brief, which loads without errors
        var path = Path.Combine(OutsideRenders.Folder, "uncovered", file);
        var result = new BriefLoader().Load(path);
        Assert.True(result.Brief is not null, string.Join("\n", result.Diagnostics));
        var lines = File.ReadAllLines(path);

        // When the coverage check runs, as brief validate and brief render do before rendering
        var diagnostics = new GlyphCoverage(DefaultFonts.Load()).Check(result.Brief!, result.Brief!.Languages);

        // Then every character outside the default fonts' blocks is named, each at a line that holds it
        var expected = lines.SelectMany(l => l.EnumerateRunes()).Where(Uncovered).Select(r => r.Value).ToHashSet();
        Assert.NotEmpty(expected);
        Assert.All(diagnostics, d => Assert.Equal("BRF054", d.Code));
        var named = diagnostics.Select(d => CodePoint(d.Message)).ToHashSet();
        Assert.Equal(expected.Order(), named.Order());
        Assert.All(diagnostics, d => Assert.Contains(char.ConvertFromUtf32(CodePoint(d.Message)), lines[d.Span.Line - 1], StringComparison.Ordinal));
    }

    // What Noto Sans and NanumGothic leave out, by block: emoji and symbols, the minus sign, check marks, and the
    // scripts they do not carry. (A zero-width joiner is removed at load with BRF053, so it is not counted.)
    private static bool Uncovered(Rune rune) =>
        rune.Value is >= 0x1F000 and <= 0x1FAFF or 0x2212 or 0x2713 or 0x2717
            or >= 0x0590 and <= 0x06FF or >= 0x0900 and <= 0x097F or >= 0x0E00 and <= 0x0E7F or >= 0x1200 and <= 0x137F;

    private static int CodePoint(string message)
    {
        var at = message.IndexOf("U+", StringComparison.Ordinal);
        var end = message.IndexOf(' ', at);
        return int.Parse(message[(at + 2)..end], NumberStyles.HexNumber, CultureInfo.InvariantCulture);
    }
}
