using Briefing.Loading;
using Briefing.Rendering;
using Briefing.Typesetting.Fonts;
using Briefing.Typesetting.Tests.Support;
using UglyToad.PdfPig;

namespace Briefing.Tests.Composition;

/// <summary>
/// A French brief typed as a new user types it (plain spaces before colons, none before question marks,
/// straight quotes, guillemets without spaces) renders as French typography, and copy and paste gives
/// the no-break spaces back.
/// </summary>
public sealed class CarelessFrenchTests
{
    private const string Nbsp = "\u00A0";
    private const string Narrow = "\u202F";

    // One sentence with every kind of careless spacing, repeated so that it wraps over many lines.
    private const string Careless = "Le porte-parole a dit: \"nous avançons\" ; vraiment ?Oui ! Voir «l'accord» et « la suite ». ";

    private static string Yaml(string languages) => $$"""
        format: brief/1
        languages: [{{languages}}]
        classification: protected-b
        date: 2025-10-30
        title: 'Sommet : "coopération" renforcée'
        location: "Gyeongju"
        prepared:
          on: 2025-10-31
        summary: |
          {{string.Concat(Enumerable.Repeat(Careless, 14))}}

          - **Note :** les négociations sont conclues ;
          - C'est « signé»  !
        """;

    private static byte[] Render(string languages)
    {
        var result = new BriefLoader().Load(Yaml(languages), "briefs/careless.yaml");
        var brief = result.Brief ?? throw new InvalidOperationException(string.Join("; ", result.Diagnostics));
        using var renderer = new BriefRenderer(DefaultFonts.Load());
        return renderer.Render(brief, "fr");
    }

    private static string Letters(byte[] pdf)
    {
        using var document = PdfDocument.Open(pdf);
        return string.Join("\n", document.GetPages().Select(page => string.Concat(page.Letters.Select(l => l.Value))));
    }

    [Fact]
    public void Canadian_french_punctuation_reads_back_with_its_no_break_spaces()
    {
        var text = Letters(Render("fr"));

        Assert.Contains("Sommet" + Nbsp + ":«" + Nbsp + "coopération" + Nbsp + "»renforcée", text.Replace(" ", string.Empty, StringComparison.Ordinal));
        Assert.Contains("dit" + Nbsp + ":«" + Nbsp + "nousavançons" + Nbsp + "»;vraiment?Oui!Voir«" + Nbsp + "l’accord" + Nbsp + "»et«" + Nbsp + "lasuite" + Nbsp + "».",
            text.Replace(" ", string.Empty, StringComparison.Ordinal));
        Assert.True(text.Replace(" ", string.Empty, StringComparison.Ordinal).Contains("Note" + Nbsp + ":lesnégociationssontconclues;", StringComparison.Ordinal), text);
        Assert.Contains("C’est«" + Nbsp + "signé" + Nbsp + "»!", text.Replace(" ", string.Empty, StringComparison.Ordinal));
        Assert.Contains("PROTÉGÉ" + Nbsp + "B", text);
        Assert.DoesNotContain("\"", text);
        Assert.DoesNotContain("'", text);
    }

    [Fact]
    public void French_of_france_sets_narrow_no_break_spaces_before_high_punctuation()
    {
        var text = Letters(Render("fr-FR")).Replace(" ", string.Empty, StringComparison.Ordinal);

        Assert.Contains("»" + Narrow + ";vraiment" + Narrow + "?Oui" + Narrow + "!Voir", text);
    }

    [Fact]
    public void No_line_starts_with_closing_punctuation_or_ends_with_an_opening_guillemet()
    {
        var lines = PdfTools.PdfToText(Render("fr")).Split('\n', '\f').Select(l => l.Trim()).Where(l => l.Length > 0).ToList();

        Assert.True(lines.Count > 10, "the summary should wrap over many lines");
        Assert.DoesNotContain(lines, line => line[0] is ':' or ';' or '!' or '?' or '»');
        Assert.DoesNotContain(lines, line => line[^1] == '«');
    }
}
