using Briefing.Localization;
using Briefing.Model;
using Briefing.Typesetting.Drawing;
using Briefing.Typesetting.Layout;
using Briefing.Typesetting.Text;

namespace Briefing.Composition;

/// <summary>What every part of one composition needs: the brief, its language, the words, the styles and the typesetter.</summary>
internal sealed class ComposeContext
{
    public ComposeContext(Brief brief, string language, Typesetter typesetter)
    {
        Brief = brief;
        Language = language;
        Typesetter = typesetter;
        Strings = DocumentStrings.For(language);
        Type = Typography.For(language);
        Prose = new ProseRenderer(this);
    }

    /// <summary>The brief being composed.</summary>
    public Brief Brief { get; }

    /// <summary>The language, as the brief spells it.</summary>
    public string Language { get; }

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

    /// <summary>Whether the document is Korean.</summary>
    public bool IsKorean => Type.IsKorean;

    /// <summary>A localized text of the brief in the document's language.</summary>
    public string Text(LocalizedText text) => text.Get(Language);

    /// <summary>A paragraph of plain text.</summary>
    public Element Paragraph(string text, TextStyle style, ParagraphStyle? paragraphStyle = null, StructureRole? role = StructureRole.P) =>
        Typesetter.Paragraph(text, style, paragraphStyle ?? Type.BodyParagraph, role);

    /// <summary>The label of the <paramref name="index"/>-th item (1-based) inside section <paramref name="section"/>: <c>가.</c> in Korean, <c>3.1</c> in English.</summary>
    public string ItemLabel(int section, int index) =>
        IsKorean
            ? OutlineNumbering.Label(2, index)
            : string.Create(System.Globalization.CultureInfo.InvariantCulture, $"{section}.{index}");
}
