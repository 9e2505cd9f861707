using Briefing.Snapshots.Pdf;
using Briefing.Snapshots.Verification;
using Briefing.Testing;

namespace Briefing.Tests.Snapshots;

/// <summary>
/// Every brief in <c>briefs/</c>, in each of its languages and its parallel editions (ko+en, en+fr), matches its committed text and page snapshots.
/// Accept a change locally with <c>BRIEF_ACCEPT_SNAPSHOTS=1 dotnet test</c>; with <c>CI</c> set nothing is accepted.
/// </summary>
public sealed class BriefSnapshotTests(BriefSnapshots briefs) : IClassFixture<BriefSnapshots>
{
    [Theory]
    [MemberData(nameof(BriefSnapshots.EveryBriefAndLanguage), MemberType = typeof(BriefSnapshots))]
    public void Each_brief_reads_back_as_its_verified_text(string file, string language)
    {
        var brief = BriefSnapshots.Load(FullPath(file));
        var store = new SnapshotStore(BriefSnapshots.VerifiedFolder, SnapshotOptions.FromEnvironment());

        var result = store.VerifyText(BriefSnapshots.NameOf(brief, language), PdfSnapshot.FromPdf(briefs.Pdf(file, language)));

        Assert.True(result.Passed, result.Message);
    }

    [Theory]
    [MemberData(nameof(BriefSnapshots.EveryBriefAndLanguage), MemberType = typeof(BriefSnapshots))]
    public void Each_page_of_each_brief_looks_like_its_verified_image(string file, string language)
    {
        var brief = BriefSnapshots.Load(FullPath(file));
        var store = new SnapshotStore(BriefSnapshots.VerifiedFolder, SnapshotOptions.FromEnvironment());

        var result = store.VerifyPages(BriefSnapshots.NameOf(brief, language), briefs.Pages(file, language));

        Assert.True(result.Passed, result.Message);
    }

    [Fact]
    public void Every_verified_file_belongs_to_a_brief_and_language_that_exist()
    {
        // A removed brief or language must take its snapshots with it, or they would go stale unnoticed.
        var expected = new HashSet<string>(StringComparer.Ordinal);
        foreach (var file in BriefSnapshots.BriefFiles())
        {
            var brief = BriefSnapshots.Load(file);
            foreach (var edition in BriefSnapshots.EditionsOf(brief))
            {
                expected.Add(BriefSnapshots.NameOf(brief, edition));
            }
        }

        var strays = Directory.EnumerateFiles(BriefSnapshots.VerifiedFolder, "*.verified.*")
            .Select(Path.GetFileName)
            .Where(name => !expected.Contains(SnapshotName(name!)))
            .ToList();

        Assert.Empty(strays);
    }

    private static string FullPath(string file) => Path.Combine(RepositoryRoot.Find(), "briefs", file);

    // "<id>.<lang>.verified.txt" or "<id>.<lang>#page_0001.verified.png" -> "<id>.<lang>".
    private static string SnapshotName(string fileName)
    {
        var hash = fileName.IndexOf('#', StringComparison.Ordinal);
        var end = hash >= 0 ? hash : fileName.IndexOf(".verified.", StringComparison.Ordinal);
        return fileName[..end];
    }
}
