namespace Briefing.Composition.Frames;

/// <summary>
/// The document conventions a brief is set in: how its title block, markings, section order and headings,
/// item markers, fonts and sizes, page numbers, annexes and sign-off look. The words come from the
/// language; the frame is the shape a reader's government expects (see <see cref="DocumentFrame"/>).
/// </summary>
public enum FrameKind
{
    /// <summary>Brief's own note: key-facts box, numbered sections, coloured banner and badges, "Page 1 of 3".</summary>
    Neutral,

    /// <summary>A Korean ministry report (보고서): boxed title, □ ○ - ※ items, Myeongjo body, <c>- 1 -</c>.</summary>
    KoreanReport,

    /// <summary>A Government of Canada briefing note: addressee, purpose, tracking number, annexes, sign-off.</summary>
    BriefingNote,
}
