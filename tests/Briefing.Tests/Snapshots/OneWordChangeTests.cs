using Briefing.Snapshots.Verification;
using Briefing.Testing;
using Briefing.Tests.Samples;

namespace Briefing.Tests.Snapshots;

/// <summary>
/// The "done when" of issue 6: changing one word of the summit brief makes exactly the expected snapshots fail,
/// with a diff that shows the word on the right page. Runs against a copy of the committed snapshots, so the
/// received files it writes never land in the repository.
/// </summary>
public sealed class OneWordChangeTests(BriefSnapshots briefs) : IClassFixture<BriefSnapshots>, IDisposable
{
    private const string SummitFile = "2025-10-30-korea-canada-summit.yaml";

    private readonly string _temp = Directory.CreateTempSubdirectory("brief-one-word-").FullName;

    [Fact]
    public void Changing_one_english_word_fails_only_the_english_snapshots_with_the_word_on_page_2()
    {
        // Given: the committed snapshots, and the summit brief with "declined" (page 2 in English) changed to "refused"
        var store = CopyOfVerifiedSnapshots();
        var yaml = File.ReadAllText(Path.Combine(RepositoryRoot.Find(), "briefs", SummitFile));
        Assert.Single(AllIndexesOf(yaml, "declined to comment"));
        var edited = Path.Combine(_temp, SummitFile);
        File.WriteAllText(edited, yaml.Replace("declined to comment", "refused to comment", StringComparison.Ordinal));
        var brief = BriefSnapshots.Load(edited);

        // When: every snapshot of the brief is verified, as the snapshot tests do
        var failed = new List<string>();
        var results = new Dictionary<string, (SnapshotResult Text, SnapshotResult Pages)>();
        foreach (var language in brief.Languages)
        {
            var name = BriefSnapshots.NameOf(brief, language);
            var result = BriefSnapshots.Verify(store, name, briefs.Renderer.Render(brief, language));
            results[language] = result;
            if (!result.Text.Passed)
            {
                failed.Add(name + " text");
            }

            if (!result.Pages.Passed)
            {
                failed.Add(name + " pages");
            }
        }

        // Then: the English text and page images fail, nothing else
        Assert.Equal(["2025-10-30-korea-canada-summit.en text", "2025-10-30-korea-canada-summit.en pages"], failed);
        var diff = results["en"].Text.Message;
        Assert.Equal(SnapshotOutcome.Changed, results["en"].Text.Outcome);
        var hunk = Assert.Single(diff.Split('\n'), line => line.StartsWith("@@ ", StringComparison.Ordinal));
        Assert.EndsWith("@@ --- page 2 (612 × 792) ---", hunk);
        var removed = Assert.Single(diff.Split('\n'), line => line.StartsWith('-') && !line.StartsWith("---", StringComparison.Ordinal));
        var added = Assert.Single(diff.Split('\n'), line => line.StartsWith('+') && !line.StartsWith("+++", StringComparison.Ordinal));
        Assert.Contains("Kim Nam-joon declined to comment", removed);
        Assert.Contains("Kim Nam-joon refused to comment", added);

        // And the images point at page 2 only, with a diff mask beside the received page
        var pages = results["en"].Pages.Message;
        Assert.Contains("page 2: ", pages);
        Assert.DoesNotContain("page 1: ", pages);
        Assert.DoesNotContain("page 3: ", pages);
        Assert.True(File.Exists(Path.Combine(store.Directory, "2025-10-30-korea-canada-summit.en#page_0002.diff.png")));
    }

    public void Dispose() => Directory.Delete(_temp, recursive: true);

    private SnapshotStore CopyOfVerifiedSnapshots()
    {
        var folder = Path.Combine(_temp, "snapshots");
        Directory.CreateDirectory(folder);
        foreach (var file in Directory.EnumerateFiles(BriefSnapshots.VerifiedFolder, "*.verified.*"))
        {
            File.Copy(file, Path.Combine(folder, Path.GetFileName(file)));
        }

        // A build server never accepts: the comparison is all this test wants.
        return new SnapshotStore(folder, new SnapshotOptions(Accept: false, BuildServer: true));
    }

    private static List<int> AllIndexesOf(string text, string value)
    {
        var found = new List<int>();
        for (var i = text.IndexOf(value, StringComparison.Ordinal); i >= 0; i = text.IndexOf(value, i + 1, StringComparison.Ordinal))
        {
            found.Add(i);
        }

        return found;
    }
}
