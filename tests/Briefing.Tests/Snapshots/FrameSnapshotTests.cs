using System.Runtime.CompilerServices;
using Briefing.Composition.Frames;
using Briefing.Snapshots.Images;
using Briefing.Snapshots.Pdf;
using Briefing.Snapshots.Verification;
using Briefing.Testing;

namespace Briefing.Tests.Snapshots;

/// <summary>
/// Each brief of the repository in each frame its languages do not take by default (the Korean summit brief in
/// the neutral frame, as <c>--frame neutral</c> gives it), against <c>Snapshots/frames/&lt;id&gt;.&lt;lang&gt;.&lt;frame&gt;</c>.
/// The default frames are <see cref="BriefSnapshotTests"/>' snapshots. Accept with <c>BRIEF_ACCEPT_SNAPSHOTS=1</c>.
/// </summary>
public sealed class FrameSnapshotTests(BriefSnapshots briefs) : IClassFixture<BriefSnapshots>
{
    /// <summary>The frames besides each language's default that get snapshots.</summary>
    private static readonly FrameKind[] Frames = [FrameKind.Neutral];

    /// <summary>Every brief, language and frame other than the language's default: (file, language, frame).</summary>
    public static TheoryData<string, string, FrameKind> EveryOtherFrame()
    {
        var data = new TheoryData<string, string, FrameKind>();
        foreach (var (file, language, frame) in Cases())
            data.Add(file, language, frame);
        return data;
    }

    [Theory]
    [MemberData(nameof(EveryOtherFrame))]
    public void Each_brief_in_another_frame_reads_back_and_looks_as_verified(string file, string language, FrameKind frame)
    {
        var brief = BriefSnapshots.Load(Path.Combine(RepositoryRoot.Find(), "briefs", file));
        var store = new SnapshotStore(VerifiedFolder, SnapshotOptions.FromEnvironment());
        var pdf = briefs.Renderer.Render(brief, language, frame: frame);
        var name = $"{BriefSnapshots.NameOf(brief, language)}.{FrameNames.Of(frame)}";

        var text = store.VerifyText(name, PdfSnapshot.FromPdf(pdf));
        var pages = store.VerifyPages(name, PageImages.Render(pdf, BriefSnapshots.Dpi));

        Assert.True(text.Passed, text.Message);
        Assert.True(pages.Passed, pages.Message);
    }

    [Fact]
    public void The_korean_summit_brief_has_a_neutral_snapshot_and_every_verified_file_a_case()
    {
        var expected = Cases()
            .Select(c => $"{BriefSnapshots.NameOf(BriefSnapshots.Load(Path.Combine(RepositoryRoot.Find(), "briefs", c.File)), c.Language)}.{FrameNames.Of(c.Frame)}")
            .ToHashSet(StringComparer.Ordinal);
        Assert.Contains("2025-10-30-korea-canada-summit.ko.neutral", expected);

        // A frame that became a language's default takes its snapshots out of this folder, or they would go stale.
        var strays = Directory.EnumerateFiles(VerifiedFolder, "*.verified.*")
            .Select(path => Path.GetFileName(path))
            .Where(name => !expected.Contains(SnapshotName(name)))
            .ToList();
        Assert.Empty(strays);
    }

    // "<id>.<lang>.<frame>.verified.txt" or "<id>.<lang>.<frame>#page_0001.verified.png" -> "<id>.<lang>.<frame>".
    private static string SnapshotName(string fileName)
    {
        var hash = fileName.IndexOf('#', StringComparison.Ordinal);
        return fileName[..(hash >= 0 ? hash : fileName.IndexOf(".verified.", StringComparison.Ordinal))];
    }

    private static string VerifiedFolder => Path.Combine(SourceFolder(), "frames");

    private static IEnumerable<(string File, string Language, FrameKind Frame)> Cases()
    {
        foreach (var path in BriefSnapshots.BriefFiles())
        {
            var brief = BriefSnapshots.Load(path);
            foreach (var language in brief.Languages)
            {
                var own = FrameChoice.Resolve(null, brief, brief.ProfileFor(language));
                foreach (var frame in Frames.Where(f => f != own && DocumentFrames.For(f).Kind != DocumentFrames.For(own).Kind))
                    yield return (Path.GetFileName(path), language, frame);
            }
        }
    }

    private static string SourceFolder([CallerFilePath] string file = "") =>
        Path.GetDirectoryName(file) ?? throw new InvalidOperationException($"no folder for '{file}'");
}
