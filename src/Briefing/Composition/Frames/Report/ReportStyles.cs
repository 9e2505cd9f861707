using Briefing.Localization.Profiles;
using Briefing.Typesetting.Drawing;
using Briefing.Typesetting.Fonts;
using Briefing.Typesetting.Text;

namespace Briefing.Composition.Frames.Report;

/// <summary>
/// The type of a Korean ministry report (보고서): running text in Myeongjo (serif) at report size, headings,
/// labels and ※ notes in Gothic (sans), black on white, 160% leading. Korean style guides set the □ and ○
/// levels at 15 pt on wide-margined A4; 13 pt keeps that proportion on our narrower margins. Another
/// language set in this frame gets the serif and sans of its own chain (Noto Serif for Latin).
/// </summary>
internal sealed class ReportStyles
{
    /// <summary>Leading of running text: the 160% of Korean government reports.</summary>
    public const double Leading = 1.6;

    /// <summary>Ink: plain black, as a report is printed.</summary>
    public static Color Ink { get; } = Color.FromHex("#000000");

    /// <summary>The red of a secrecy marking (대외비, Ⅲ급비밀 ...), as the stamp is red.</summary>
    public static Color MarkingRed { get; } = Color.FromHex("#d00000");

    /// <summary>Table grid and the title box.</summary>
    public static Color Rule { get; } = Color.FromHex("#000000");

    /// <summary>The shading of table header cells.</summary>
    public static Color HeaderShade { get; } = Color.FromHex("#e4e4e4");

    private ReportStyles(LanguageProfile profile, Theming.Theme theme)
    {
        // A theme that names the language's fonts is the organisation's choice: its body font sets the running
        // text and its heading font the headings, in place of the Myeongjo and Gothic of the default look.
        var themed = theme.FontsFor(profile) is not null;
        var sans = string.Join(", ", themed ? theme.HeadingChain(profile) : SansChain(profile));
        var serif = string.Join(", ", themed ? theme.BodyChain(profile) : SerifChain(profile));
        var keepAll = profile.LineBreaking == LineBreaking.KeepAll;

        Body = new TextStyle { FontFamily = serif, FontSize = 13, Color = Ink };
        Sub = Body with { FontSize = 12 };
        Table = Body with { FontSize = 11 };
        TableHeader = new TextStyle { FontFamily = sans, FontSize = 11, Weight = 700, Color = Ink };
        Note = new TextStyle { FontFamily = sans, FontSize = 11, Color = Ink };
        Title = new TextStyle { FontFamily = sans, FontSize = 20, Weight = 700, Color = Ink };
        Subtitle = new TextStyle { FontFamily = sans, FontSize = 12, Color = Ink };
        Genre = new TextStyle { FontFamily = sans, FontSize = 11, Weight = 700, Color = Ink };
        Issuer = Body with { FontSize = 12 };
        Heading = new TextStyle { FontFamily = sans, FontSize = 15, Weight = 700, Color = Ink };
        ItemHeading = new TextStyle { FontFamily = sans, FontSize = 14, Weight = 700, Color = Ink };
        PageNumber = new TextStyle { FontFamily = sans, FontSize = 10, Color = Ink };
        Marking = new TextStyle { FontFamily = sans, FontSize = 12, Weight = 700, Color = MarkingRed };

        BodyParagraph = new ParagraphStyle { LineHeight = Leading, KeepAll = keepAll };
        TableParagraph = new ParagraphStyle { LineHeight = 1.45, KeepAll = keepAll };
        HeadingParagraph = new ParagraphStyle { LineHeight = 1.35, KeepAll = keepAll };
        Centered = new ParagraphStyle { LineHeight = 1.3, KeepAll = keepAll, Alignment = TextAlignment.Center };
        Right = new ParagraphStyle { LineHeight = 1.4, KeepAll = keepAll, Alignment = TextAlignment.Right };
    }

    /// <summary>□ and ○ items.</summary>
    public TextStyle Body { get; }

    /// <summary>- items, one step smaller.</summary>
    public TextStyle Sub { get; }

    /// <summary>Table cells.</summary>
    public TextStyle Table { get; }

    /// <summary>Table header cells (Gothic, bold).</summary>
    public TextStyle TableHeader { get; }

    /// <summary>※ notes (Gothic, smaller).</summary>
    public TextStyle Note { get; }

    /// <summary>The title in its box.</summary>
    public TextStyle Title { get; }

    /// <summary>The subtitle under the title, in the box.</summary>
    public TextStyle Subtitle { get; }

    /// <summary>The genre label above the box (회담 결과).</summary>
    public TextStyle Genre { get; }

    /// <summary>The unit and date under the box.</summary>
    public TextStyle Issuer { get; }

    /// <summary>Section headings (<c>1. 개요</c>).</summary>
    public TextStyle Heading { get; }

    /// <summary>Item headings (<c>가. ...</c>).</summary>
    public TextStyle ItemHeading { get; }

    /// <summary>The page number (<c>- 1 -</c>).</summary>
    public TextStyle PageNumber { get; }

    /// <summary>The secrecy marking.</summary>
    public TextStyle Marking { get; }

    /// <summary>Running text.</summary>
    public ParagraphStyle BodyParagraph { get; }

    /// <summary>Table cells.</summary>
    public ParagraphStyle TableParagraph { get; }

    /// <summary>Headings.</summary>
    public ParagraphStyle HeadingParagraph { get; }

    /// <summary>Centred lines (title, page number, marking).</summary>
    public ParagraphStyle Centered { get; }

    /// <summary>Lines flush right (unit and date).</summary>
    public ParagraphStyle Right { get; }

    /// <summary>The styles for a locale, in the fonts of <paramref name="theme"/> when it names the language's.</summary>
    public static ReportStyles For(LanguageProfile profile, Theming.Theme theme) => new(profile, theme);

    // Headings, labels and notes keep the locale's own (sans) chain.
    private static IEnumerable<string> SansChain(LanguageProfile profile) => profile.FontChain;

    // Each sans family of the locale's chain swapped for its serif (Gothic for Myeongjo, Noto Sans for Noto
    // Serif), then the sans chain behind them for any character a serif face lacks.
    private static IEnumerable<string> SerifChain(LanguageProfile profile)
    {
        var chain = new List<string>();
        foreach (var family in profile.FontChain)
        {
            var serif = family switch
            {
                DefaultFonts.KoreanSans => DefaultFonts.KoreanSerif,
                DefaultFonts.LatinSans => DefaultFonts.LatinSerif,
                _ => family,
            };
            if (!chain.Contains(serif))
                chain.Add(serif);
        }

        foreach (var family in profile.FontChain)
        {
            if (!chain.Contains(family))
                chain.Add(family);
        }

        return chain;
    }
}
