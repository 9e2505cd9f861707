namespace Briefing.Composition.Frames;

/// <summary>The frame of each <see cref="FrameKind"/>; frames are stateless, so each is made once.</summary>
internal static class DocumentFrames
{
    private static readonly DocumentFrame Neutral = new NeutralFrame();
    private static readonly DocumentFrame KoreanReport = new KoreanReportFrame();
    private static readonly DocumentFrame BriefingNote = new BriefingNoteFrame();

    /// <summary>The frame of <paramref name="kind"/>.</summary>
    public static DocumentFrame For(FrameKind kind) =>
        kind switch
        {
            FrameKind.KoreanReport => KoreanReport,
            FrameKind.BriefingNote => BriefingNote,
            _ => Neutral,
        };
}
