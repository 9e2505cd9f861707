using Briefing.Typesetting.Text;

namespace Briefing.Composition.Frames.Note;

/// <summary>
/// The type of a briefing note: plain black text at 10 pt like the neutral note (GC notes are read on paper and
/// on screen at 11-12 pt), bold capital headings with no colour, the same family chain and leading as the language.
/// </summary>
internal sealed class NoteStyles
{
    public NoteStyles(ComposeContext context)
    {
        var type = context.Type;
        Body = type.Body with { FontSize = 10, Color = context.Palette.Text };
        Bold = Body with { Weight = 700 };
        Heading = Body with { FontSize = 10.5, Weight = 700 };
        SubHeading = Bold;
        HeaderLine = Body with { FontSize = 11, Weight = 700 };
        Title = Body with { FontSize = 14, Weight = 700 };
        Subtitle = Body with { FontSize = 10, Color = context.Palette.Muted };
        Small = Body with { FontSize = 9 };
        SmallBold = Small with { Weight = 700 };
        SmallMuted = Small with { Color = context.Palette.Muted };
        Marking = Body with { FontSize = 9, Weight = 700 };
        Furniture = Body with { FontSize = 8.5, Color = context.Palette.Muted };
        Link = Body with { Color = context.Palette.Accent };
        // A shade tighter than the language's running text (1.4 becomes 1.33 in English and French): a note aims at
        // two pages before its annexes, and French runs about a sixth longer than English.
        BodyParagraph = type.BodyParagraph with { LineHeight = type.BodyParagraph.LineHeight * 0.95 };
        TightParagraph = type.TightParagraph;
        SingleLine = type.SingleLine;
        RightLine = type.SingleLine with { Alignment = TextAlignment.Right };
        HeadingParagraph = type.HeadingParagraph;
    }

    /// <summary>Running text.</summary>
    public TextStyle Body { get; }

    /// <summary>Running text, bold (labels, leads).</summary>
    public TextStyle Bold { get; }

    /// <summary>A heading: SUMMARY, BACKGROUND, ANNEX A: …</summary>
    public TextStyle Heading { get; }

    /// <summary>A heading under a heading: an agreement's title, a section's own title.</summary>
    public TextStyle SubHeading { get; }

    /// <summary>The addressee and purpose lines.</summary>
    public TextStyle HeaderLine { get; }

    /// <summary>The subject (the brief's title).</summary>
    public TextStyle Title { get; }

    /// <summary>The subtitle and the place and date under the subject.</summary>
    public TextStyle Subtitle { get; }

    /// <summary>Tables and the closing block.</summary>
    public TextStyle Small { get; }

    /// <summary>Table headers and group rows.</summary>
    public TextStyle SmallBold { get; }

    /// <summary>Secondary table text.</summary>
    public TextStyle SmallMuted { get; }

    /// <summary>The security marking.</summary>
    public TextStyle Marking { get; }

    /// <summary>Running title and page numbers.</summary>
    public TextStyle Furniture { get; }

    /// <summary>A reference to an annex, which is a link inside the PDF.</summary>
    public TextStyle Link { get; }

    /// <summary>Running text paragraphs.</summary>
    public ParagraphStyle BodyParagraph { get; }

    /// <summary>Paragraphs in tables and the closing block.</summary>
    public ParagraphStyle TightParagraph { get; }

    /// <summary>One-line furniture.</summary>
    public ParagraphStyle SingleLine { get; }

    /// <summary>One line, flush right (the marking, the tracking number).</summary>
    public ParagraphStyle RightLine { get; }

    /// <summary>Headings.</summary>
    public ParagraphStyle HeadingParagraph { get; }
}
