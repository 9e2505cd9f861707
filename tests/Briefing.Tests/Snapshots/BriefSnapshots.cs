using System.Runtime.CompilerServices;
using Briefing.Loading;
using Briefing.Model;
using Briefing.Rendering;
using Briefing.Snapshots.Images;
using Briefing.Snapshots.Pdf;
using Briefing.Snapshots.Verification;
using Briefing.Testing;
using Briefing.Tests.Samples;
using Briefing.Typesetting.Fonts;

namespace Briefing.Tests.Snapshots;

/// <summary>
/// The project's briefs (<c>briefs/*.yaml</c>) rendered once per language for a test class, and the committed
/// snapshots they are verified against: <c>Snapshots/briefs/&lt;id&gt;.&lt;lang&gt;.verified.txt</c> and
/// <c>&lt;id&gt;.&lt;lang&gt;#page_0001.verified.png</c>..., the same names and content <c>brief snapshot --png</c> writes.
/// </summary>
public sealed class BriefSnapshots : IDisposable
{
    /// <summary>The resolution of the page snapshots, the same as <c>brief snapshot --png</c>'s.</summary>
    public const int Dpi = 72;

    private readonly Dictionary<string, byte[]> _pdfs = new(StringComparer.Ordinal);
    private readonly Dictionary<string, IReadOnlyList<byte[]>> _pages = new(StringComparer.Ordinal);
    private readonly object _gate = new();

    public BriefSnapshots()
    {
        Renderer = new BriefRenderer(DefaultFonts.Load());
    }

    public BriefRenderer Renderer { get; }

    /// <summary>The folder of the committed snapshot files (beside this source file).</summary>
    public static string VerifiedFolder => Path.Combine(SourceFolder(), "briefs");

    /// <summary>
    /// Every brief of the repository and each of its editions: (file name, edition), an edition being each of its
    /// languages and the parallel editions of <see cref="ParallelEditions"/> whose two languages it has.
    /// </summary>
    public static TheoryData<string, string> EveryBriefAndLanguage()
    {
        var data = new TheoryData<string, string>();
        foreach (var file in BriefFiles())
        {
            foreach (var edition in EditionsOf(Load(file)))
            {
                data.Add(Path.GetFileName(file), edition);
            }
        }

        return data;
    }

    /// <summary>The parallel editions verified for every brief that has both languages: Korean beside English, English beside French.</summary>
    public static IReadOnlyList<string> ParallelEditions { get; } = ["ko+en", "en+fr"];

    /// <summary>The editions of <paramref name="brief"/> that have snapshots: its languages, then its parallel editions.</summary>
    public static IReadOnlyList<string> EditionsOf(Brief brief) =>
        [.. brief.Languages, .. ParallelEditions.Where(e => Edition.Parse(e).Languages.All(l => brief.Languages.Contains(l, StringComparer.Ordinal)))];

    /// <summary>The repository's brief files, sorted.</summary>
    public static IReadOnlyList<string> BriefFiles() =>
        [.. Directory.EnumerateFiles(Path.Combine(RepositoryRoot.Find(), "briefs"), "*.yaml").Order(StringComparer.Ordinal)];

    /// <summary>Loads a brief, failing the test with its diagnostics when it has errors.</summary>
    public static Brief Load(string path)
    {
        var result = new BriefLoader().Load(path);
        return result.Brief ?? throw new InvalidOperationException($"{path} does not load: {string.Join("; ", result.Diagnostics)}");
    }

    /// <summary>The snapshot name of a brief in a language, <c>&lt;id&gt;.&lt;lang&gt;</c>.</summary>
    public static string NameOf(Brief brief, string language) => $"{brief.Id}.{language}";

    /// <summary>The repository brief <paramref name="fileName"/> rendered in <paramref name="language"/>, a language or a parallel edition such as <c>ko+en</c> (cached).</summary>
    public byte[] Pdf(string fileName, string language)
    {
        lock (_gate)
        {
            var key = fileName + "|" + language;
            if (!_pdfs.TryGetValue(key, out var pdf))
            {
                var brief = Load(Path.Combine(RepositoryRoot.Find(), "briefs", fileName));
                pdf = Renderer.Render(brief, Edition.Parse(language), null, Typesetting.Pdf.PdfStandards.None, []);
                _pdfs[key] = pdf;
            }

            return pdf;
        }
    }

    /// <summary>The pages of <see cref="Pdf"/> as PNGs at <see cref="Dpi"/> (cached).</summary>
    public IReadOnlyList<byte[]> Pages(string fileName, string language)
    {
        var pdf = Pdf(fileName, language);
        lock (_gate)
        {
            var key = fileName + "|" + language;
            if (!_pages.TryGetValue(key, out var pages))
            {
                pages = PageImages.Render(pdf, Dpi);
                _pages[key] = pages;
            }

            return pages;
        }
    }

    /// <summary>Verifies a rendered brief's text and pages in <paramref name="store"/>, as the snapshot tests and <c>brief snapshot</c> do.</summary>
    public static (SnapshotResult Text, SnapshotResult Pages) Verify(SnapshotStore store, string name, byte[] pdf) =>
        (store.VerifyText(name, PdfSnapshot.FromPdf(pdf)), store.VerifyPages(name, PageImages.Render(pdf, Dpi)));

    public void Dispose() => Renderer.Dispose();

    private static string SourceFolder([CallerFilePath] string file = "") =>
        Path.GetDirectoryName(file) is { } folder && Directory.Exists(folder)
            ? folder
            : throw new InvalidOperationException($"The test source folder of '{file}' does not exist; is the source path mapped?");
}
