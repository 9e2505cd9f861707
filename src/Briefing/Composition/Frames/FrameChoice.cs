using Briefing.Localization.Profiles;
using Briefing.Model;

namespace Briefing.Composition.Frames;

/// <summary>
/// Which frame a document is set in: the one asked for (<c>--frame</c>), else the brief's (<c>frame:</c>), else the locale's default
/// (<see cref="LanguageProfile.DefaultFrame"/>: a Korean report for ko-KR, a briefing note for en-CA and
/// fr-CA, the neutral note elsewhere).
/// </summary>
internal static class FrameChoice
{
    /// <summary>The frame for <paramref name="brief"/> in <paramref name="profile"/>'s locale when <paramref name="asked"/> (null: none asked).</summary>
    public static FrameKind Resolve(FrameKind? asked, Brief brief, LanguageProfile profile) =>
        asked ?? brief.Frame switch
        {
            FramePreference.Neutral => FrameKind.Neutral,
            FramePreference.Report => FrameKind.KoreanReport,
            FramePreference.Note => FrameKind.BriefingNote,
            _ => profile.DefaultFrame,
        };
}
