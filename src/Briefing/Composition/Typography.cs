using Briefing.Typesetting.Drawing;
using Briefing.Localization.Profiles;
using Briefing.Typesetting.Text;
using Briefing.Theming;

namespace Briefing.Composition;

/// <summary>
/// The type scale and paragraph styles for one locale: one scale for every language, with the family chain,
/// leading, line breaking and label widths its <see cref="LanguageProfile"/> sets.
/// </summary>
internal sealed class Typography
{
    private Typography(LanguageProfile profile, Theme theme)
    {
        var metrics = profile.Metrics;
        var palette = theme.Palette;
        var family = string.Join(", ", theme.BodyChain(profile));
        var headingFamily = string.Join(", ", theme.HeadingChain(profile));
        var keepAll = profile.LineBreaking == LineBreaking.KeepAll;

        Body = new TextStyle { FontFamily = family, FontSize = 10, Color = palette.Text };
        Bold = Body with { Weight = 700 };
        Link = Body with { Color = palette.Accent, Underline = true };
        Small = Body with { FontSize = 8.75 };
        SmallBold = Small with { Weight = 700 };
        SmallMuted = Small with { Color = palette.Muted };
        Label = Small with { Color = palette.Muted, Weight = 700 };
        Kicker = Body with { FontFamily = headingFamily, FontSize = 9, Weight = 700, Color = palette.Accent };
        Title = Body with { FontFamily = headingFamily, FontSize = 21, Weight = 700, Color = palette.Accent };
        Subtitle = Body with { FontSize = 12, Color = palette.Muted };
        Heading = Body with { FontFamily = headingFamily, FontSize = 13.5, Weight = 700, Color = palette.Accent };
        ItemTitle = Body with { FontFamily = headingFamily, FontSize = 10.5, Weight = 700 };
        TableHeader = Small with { Weight = 700, Color = Color.White };
        Furniture = Body with { FontSize = 7.75, Color = palette.Muted };
        Banner = Body with { FontSize = 8, Weight = 700, Color = palette.BannerText };
        Badge = Body with { FontSize = 7.75, Weight = 700 };

        BodyParagraph = new ParagraphStyle { LineHeight = metrics.BodyLeading, KeepAll = keepAll };
        TightParagraph = new ParagraphStyle { LineHeight = metrics.TightLeading, KeepAll = keepAll };
        SingleLine = new ParagraphStyle { LineHeight = 1.2, KeepAll = keepAll };
        HeadingParagraph = new ParagraphStyle { LineHeight = 1.3, KeepAll = keepAll };
        TitleParagraph = new ParagraphStyle { LineHeight = 1.25, KeepAll = keepAll };
        BulletLabelWidth = metrics.BulletLabelWidth;
        ItemLabelWidth = metrics.ItemLabelWidth;
    }

    /// <summary>Running text.</summary>
    public TextStyle Body { get; }

    /// <summary>Running text, bold.</summary>
    public TextStyle Bold { get; }

    /// <summary>A link inside running text.</summary>
    public TextStyle Link { get; }

    /// <summary>Table and box text.</summary>
    public TextStyle Small { get; }

    /// <summary>Table and box text, bold.</summary>
    public TextStyle SmallBold { get; }

    /// <summary>Secondary small text.</summary>
    public TextStyle SmallMuted { get; }

    /// <summary>A field label (key facts, "Parties:").</summary>
    public TextStyle Label { get; }

    /// <summary>The document kind above the title.</summary>
    public TextStyle Kicker { get; }

    /// <summary>The brief's title.</summary>
    public TextStyle Title { get; }

    /// <summary>The brief's subtitle.</summary>
    public TextStyle Subtitle { get; }

    /// <summary>A numbered section heading.</summary>
    public TextStyle Heading { get; }

    /// <summary>The title of an agreement or a question.</summary>
    public TextStyle ItemTitle { get; }

    /// <summary>A table's header row (white on the accent).</summary>
    public TextStyle TableHeader { get; }

    /// <summary>Running header and footer.</summary>
    public TextStyle Furniture { get; }

    /// <summary>The classification banner.</summary>
    public TextStyle Banner { get; }

    /// <summary>A status badge (its colour comes from the status).</summary>
    public TextStyle Badge { get; }

    /// <summary>Running text paragraphs.</summary>
    public ParagraphStyle BodyParagraph { get; }

    /// <summary>Paragraphs in tables and boxes.</summary>
    public ParagraphStyle TightParagraph { get; }

    /// <summary>One-line furniture and badges.</summary>
    public ParagraphStyle SingleLine { get; }

    /// <summary>Section headings.</summary>
    public ParagraphStyle HeadingParagraph { get; }

    /// <summary>The title and subtitle.</summary>
    public ParagraphStyle TitleParagraph { get; }

    /// <summary>The gutter of a bullet list.</summary>
    public double BulletLabelWidth { get; }

    /// <summary>The gutter of a numbered item list (<c>가.</c>, <c>3.1</c>).</summary>
    public double ItemLabelWidth { get; }

    /// <summary>The styles for a locale in the default theme.</summary>
    public static Typography For(LanguageProfile profile) => new(profile, Theme.Default);

    /// <summary>The styles for a locale in <paramref name="theme"/> (its fonts and colours).</summary>
    public static Typography For(LanguageProfile profile, Theme theme) => new(profile, theme);
}
