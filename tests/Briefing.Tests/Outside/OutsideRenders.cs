using System.Collections.Concurrent;
using Briefing.Composition.Frames;
using Briefing.Loading;
using Briefing.Model;
using Briefing.Rendering;
using Briefing.Testing;
using Briefing.Typesetting.Fonts;
using Briefing.Typesetting.Pdf;

namespace Briefing.Tests.Outside;

/// <summary>
/// The stress briefs of <c>Outside/Briefs</c> (a long brief, odd text, careless French, long Korean), each
/// rendered once per edition and frame and shared by the outside checks. A render is made when first asked for.
/// </summary>
public sealed class OutsideRenders : IDisposable
{
    private readonly ConcurrentDictionary<string, Lazy<byte[]>> _pdfs = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, Brief> _briefs = new(StringComparer.Ordinal);
    private readonly BriefRenderer _renderer = new(DefaultFonts.Load());
    private readonly object _gate = new();

    /// <summary>The folder of the stress briefs.</summary>
    public static string Folder => RepositoryRoot.Combine("tests", "Briefing.Tests", "Outside", "Briefs");

    /// <summary>The stress briefs that render (file names without .yaml) and their languages.</summary>
    public static readonly IReadOnlyDictionary<string, string[]> Briefs = new Dictionary<string, string[]>(StringComparer.Ordinal)
    {
        ["long"] = ["ko", "en", "fr"],
        ["odd"] = ["ko", "en", "fr"],
        ["careless-fr"] = ["fr", "en"],
        ["korean-long"] = ["ko", "en"],
    };

    /// <summary>Each brief in each of its languages and frames, and its parallel edition (first two languages).</summary>
    public static TheoryData<string, string, string> Cases()
    {
        var data = new TheoryData<string, string, string>();
        foreach (var (brief, languages) in Briefs)
        {
            foreach (var language in languages)
            {
                foreach (var frame in new[] { "neutral", "report", "note" })
                    data.Add(brief, language, frame);
            }
            data.Add(brief, $"{languages[0]}+{languages[1]}", "neutral");
        }
        return data;
    }

    /// <summary>The loaded brief.</summary>
    public Brief Brief(string name) => _briefs.GetOrAdd(name, n =>
    {
        var result = new BriefLoader().Load(Path.Combine(Folder, n + ".yaml"));
        Assert.True(result.Brief is not null, string.Join("\n", result.Diagnostics));
        Assert.DoesNotContain(result.Diagnostics, d => d.Severity == Briefing.Diagnostics.Severity.Error);
        return result.Brief!;
    });

    /// <summary>The frame named on the command line (neutral, report, note).</summary>
    public static FrameKind Frame(string name) => name switch
    {
        "neutral" => FrameKind.Neutral,
        "report" => FrameKind.KoreanReport,
        "note" => FrameKind.BriefingNote,
        _ => throw new ArgumentOutOfRangeException(nameof(name), name, null),
    };

    /// <summary>The brief rendered as <c>brief render --lang edition --frame frame</c> renders it.</summary>
    public byte[] Pdf(string brief, string edition, string frame, PdfStandards standards = PdfStandards.None) =>
        _pdfs.GetOrAdd($"{brief}.{edition}.{frame}.{standards}", _ => new Lazy<byte[]>(() =>
        {
            var loaded = Brief(brief);
            // One renderer (and its typesetter) for all: renders take turns.
            lock (_gate)
                return _renderer.Render(loaded, Edition.Parse(edition), null, standards, [], Frame(frame));
        })).Value;

    public void Dispose() => _renderer.Dispose();
}
