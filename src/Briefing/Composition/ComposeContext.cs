using Briefing.Localization;
using Briefing.Localization.Profiles;
using Briefing.Model;
using Briefing.Theming;
using Briefing.Typesetting.Drawing;
using Briefing.Typesetting.Layout;
using Briefing.Typesetting.Text;

namespace Briefing.Composition;

/// <summary>What every part of one composition needs: the brief, its language and locale profile, the words, the styles and the typesetter.</summary>
internal sealed class ComposeContext
{
    public ComposeContext(Brief brief, string language, LanguageProfile profile, Typesetter typesetter, Theme? theme = null)
    {
        Theme = theme ?? Theme.Default;
        Brief = brief;
        Language = language;
        Profile = profile;
        Typesetter = typesetter;
        Strings = profile.Strings;
        Type = Typography.For(profile, Theme);
        Prose = new ProseRenderer(this);
    }

    /// <summary>The brief being composed.</summary>
    public Brief Brief { get; }

    /// <summary>The language, as the brief keys its texts.</summary>
    public string Language { get; }

    /// <summary>The locale's profile: everything about setting text in it.</summary>
    public LanguageProfile Profile { get; }

    /// <summary>The organisation's look: fonts, colours, logo and margins (the default theme unless one was given).</summary>
    public Theme Theme { get; }

    /// <summary>The theme's colours.</summary>
    public Palette Palette => Theme.Palette;

    /// <summary>The typesetter that makes text elements.</summary>
    public Typesetter Typesetter { get; }

    /// <summary>The document's fixed words in the language.</summary>
    public DocumentStrings Strings { get; }

    /// <summary>The type scale and paragraph styles for the language.</summary>
    public Typography Type { get; }

    /// <summary>Turns the brief's prose into paragraphs and lists.</summary>
    public ProseRenderer Prose { get; }

    /// <summary>
    /// What the named destinations of this brief start with: empty for a brief's own PDF, the chapter's
    /// prefix in a bundle, so that two briefs' anchors never collide and each link stays in its chapter.
    /// </summary>
    public string AnchorPrefix { get; init; } = "";

    /// <summary>The bookmark level of the brief's sections: 1 in its own PDF, 2 under its chapter in a bundle.</summary>
    public int OutlineLevel { get; init; } = 1;

    /// <summary>
    /// The pages of the layout before, for text that shows page numbers (contents, related references):
    /// <see cref="PageMap.Unknown"/> before the first layout, null when this composition shows no page
    /// numbers (a bundle's chapter).
    /// </summary>
    public PageMap? Pages { get; init; }

    /// <summary>
    /// The parts that show no page numbers, shared by every composition of one document that shows page numbers
    /// (see <see cref="WithPages"/>); null when the body is composed once.
    /// </summary>
    public ComposedParts? Parts { get; init; }

    /// <summary>
    /// The same composition, knowing the pages of the layout before. Compositions made from one another this way
    /// share the parts that show no page numbers (<see cref="Reuse"/>).
    /// </summary>
    public ComposeContext WithPages(PageMap pages) =>
        new(Brief, Language, Profile, Typesetter, Theme) { AnchorPrefix = AnchorPrefix, OutlineLevel = OutlineLevel, Pages = pages, Parts = Parts ?? new ComposedParts() };

    /// <summary>
    /// The part named <paramref name="key"/>: composed by <paramref name="compose"/> once for all the compositions
    /// that share <see cref="Parts"/>, else every time. Only for a part that shows no page numbers.
    /// </summary>
    public Element? Reuse(string key, Func<Element?> compose) => Parts is { } parts ? parts.Get(key, compose) : compose();

    /// <summary>A localized text of the brief in the document's language, its marks in the language's words, set in its typography.</summary>
    public string Text(LocalizedText text) => Profile.Polish(text.GetMarked(Language, Strings.Mark));

    /// <summary>A date in the form the document uses in tables, key facts and the footer.</summary>
    public string Date(DateOnly date) => Profile.DocumentDate(date);

    /// <summary>A paragraph of plain text.</summary>
    public Element Paragraph(string text, TextStyle style, ParagraphStyle? paragraphStyle = null, StructureRole? role = StructureRole.P) =>
        Typesetter.Paragraph(text, style, paragraphStyle ?? Type.BodyParagraph, role);

    /// <summary>The label of the <paramref name="index"/>-th item (1-based) inside section <paramref name="section"/>: <c>가.</c> in Korean, <c>3.1</c> in English.</summary>
    public string ItemLabel(int section, int index) => Profile.Lists.Outline.ItemLabel(section, index);
}
