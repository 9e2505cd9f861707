namespace Briefing.Composition.Frames;

/// <summary>The frame of each <see cref="FrameKind"/>; frames are stateless, so each is made once.</summary>
internal static class DocumentFrames
{
    private static readonly DocumentFrame Neutral = new NeutralFrame();
    private static readonly DocumentFrame KoreanReport = new KoreanReportFrame();

    /// <summary>The frame of <paramref name="kind"/>.</summary>
    public static DocumentFrame For(FrameKind kind) =>
        kind switch
        {
            FrameKind.KoreanReport => KoreanReport,
            // PLACEHOLDER until the GC briefing-note frame lands (issue 14, branch i14a): a briefing note is set
            // in the neutral frame. i14a replaces this line with its own frame.
            FrameKind.BriefingNote => Neutral,
            _ => Neutral,
        };
}
