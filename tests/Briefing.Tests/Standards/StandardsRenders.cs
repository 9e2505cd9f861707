using Briefing.Loading;
using Briefing.Model;
using Briefing.Rendering;
using Briefing.Testing;
using Briefing.Tests.Samples;
using Briefing.Typesetting.Fluent;
using Briefing.Typesetting.Fonts;
using Briefing.Typesetting.Pdf;
using Briefing.Typesetting.Sample;
using Briefing.Typesetting.Text;
using L = Briefing.Typesetting.Fluent.Blocks;

namespace Briefing.Tests.Standards;

/// <summary>
/// Every PDF the standards tests judge, rendered once for the whole collection: the repository's briefs and
/// the test briefs in each of their languages, plain and with each standard, the engine's samples, and a
/// long generated document with links, tables and an image with alpha.
/// </summary>
public sealed class StandardsRenders : IDisposable
{
    private readonly Dictionary<string, (byte[] Pdf, PdfStandards Standards)> _pdfs = new(StringComparer.Ordinal);
    private readonly Dictionary<string, QpdfObjects> _read = new(StringComparer.Ordinal);
    private readonly object _gate = new();
    private IReadOnlyDictionary<string, Preflight.Verdict>? _verdicts;

    /// <summary>The name of the repository's summit brief in English, plain (the base of most broken files).</summary>
    public const string SummitEnglish = "summit.en.pdf";

    /// <summary>The summit brief in English with --pdf-standard ua-1.</summary>
    public const string SummitEnglishUa = "summit.en.ua-1.pdf";

    /// <summary>The long generated document, plain (its image keeps its soft mask).</summary>
    public const string LongDocument = "long.pdf";

    public StandardsRenders()
    {
        var fonts = DefaultFonts.Load();
        using var renderer = new BriefRenderer(fonts);
        var standards = new[] { PdfStandards.None, PdfStandards.A1b, PdfStandards.UA1, PdfStandards.A1b | PdfStandards.UA1 };

        var summit = new BriefLoader().Load(Path.Combine(RepositoryRoot.Find(), "briefs", "2025-10-30-korea-canada-summit.yaml")).Brief!;
        foreach (var language in summit.Languages)
        {
            foreach (var standard in standards)
                Add($"summit.{language}{Suffix(standard)}.pdf", renderer.Render(summit, language, null, standard), standard);
        }

        foreach (var (name, yaml) in new[] { ("full", SampleBriefs.Full), ("minimal", SampleBriefs.Minimal) })
        {
            var brief = new BriefLoader().Load(yaml, name + ".yaml").Brief!;
            foreach (var language in brief.Languages)
                Add($"{name}.{language}.pdf", renderer.Render(brief, language), PdfStandards.None);
        }

        using var typesetter = new Typesetter(fonts);
        Add("sample-report.pdf", ReportSample.Build(typesetter).Document.GeneratePdf(), PdfStandards.None);
        Add("sample-mixed.pdf", MixedParagraphsSample.Build(typesetter).Document.GeneratePdf(), PdfStandards.None);
        foreach (var standard in standards)
            Add($"long{Suffix(standard)}.pdf", Long(typesetter, standard), standard);
    }

    /// <summary>Every PDF by (unique) file name.</summary>
    public IReadOnlyDictionary<string, (byte[] Pdf, PdfStandards Standards)> Pdfs => _pdfs;

    /// <summary>The names of every PDF, for theories.</summary>
    public static TheoryData<string> Names()
    {
        // The same names the constructor makes; kept in step by All_names_are_rendered.
        var data = new TheoryData<string>();
        foreach (var name in ExpectedNames())
            data.Add(name);
        return data;
    }

    /// <summary>The names the constructor renders.</summary>
    public static IEnumerable<string> ExpectedNames()
    {
        string[] suffixes = ["", ".a-1b", ".ua-1", ".a-1b,ua-1"];
        foreach (var language in new[] { "en", "fr", "ko" })
        {
            foreach (var suffix in suffixes)
                yield return $"summit.{language}{suffix}.pdf";
        }
        foreach (var name in new[] { "full.en", "full.ko", "minimal.en", "minimal.ko" })
            yield return name + ".pdf";
        yield return "sample-report.pdf";
        yield return "sample-mixed.pdf";
        foreach (var suffix in suffixes)
            yield return $"long{suffix}.pdf";
    }

    /// <summary>Runs <paramref name="validate"/> the first time it is asked for, then returns what it gave.</summary>
    internal IReadOnlyDictionary<string, Preflight.Verdict> Preflight(Func<IReadOnlyDictionary<string, Preflight.Verdict>> validate)
    {
        lock (_gate)
            return _verdicts ??= validate();
    }

    /// <summary>A PDF read back by qpdf, read once.</summary>
    internal QpdfObjects Read(string name)
    {
        lock (_gate)
        {
            if (!_read.TryGetValue(name, out var objects))
                _read[name] = objects = QpdfObjects.Read(_pdfs[name].Pdf);
            return objects;
        }
    }

    public void Dispose()
    {
    }

    private void Add(string name, byte[] pdf, PdfStandards standards) => _pdfs.Add(name, (pdf, standards));

    private static string Suffix(PdfStandards standards) => standards switch
    {
        PdfStandards.None => "",
        PdfStandards.A1b => ".a-1b",
        PdfStandards.UA1 => ".ua-1",
        _ => ".a-1b,ua-1",
    };

    /// <summary>
    /// The engine's report sample (several pages, external and internal links, a table split under its
    /// repeated header) followed by a table with row headers and a figure: an RGBA PNG whose alpha fades out.
    /// </summary>
    private static byte[] Long(Typesetter typesetter, PdfStandards standards)
    {
        var sample = ReportSample.Build(typesetter).Document;
        var style = new TextStyle { FontFamily = MixedParagraphsSample.Sans, FontSize = 10 };
        var body = L.Column(c =>
        {
            c.Spacing(8);
            c.Item(sample.Body);
            c.Item(L.Table(t =>
            {
                t.Columns(k => k.Relative(1).Relative(2));
                t.CellStyle(s => s.Padding(4).Border(0.5, Typesetting.Drawing.Color.Black));
                t.Header(h => h.Cell(typesetter.Paragraph("Area", style)).Cell(typesetter.Paragraph("Status", style)));
                t.Cell(typesetter.Paragraph("Minerals", style), s => s.ColumnSpan(2).RowHeader());
                t.Cell(typesetter.Paragraph("Lithium", style)).Cell(typesetter.Paragraph("Agreed", style));
                t.Cell(typesetter.Paragraph("Nickel", style)).Cell(typesetter.Paragraph("Open", style));
            }));
            c.Item(L.Image(AlphaPng.Create(64, 32), "A blue band that fades from opaque to transparent"));
        });
        return new Document
        {
            Page = sample.Page,
            Body = body,
            Header = sample.Header,
            Footer = sample.Footer,
            Metadata = sample.Metadata with { Title = "Long generated document" },
            Standards = standards,
        }.GeneratePdf();
    }
}

/// <summary>The tests that share <see cref="StandardsRenders"/>.</summary>
[CollectionDefinition(Name)]
public sealed class StandardsCollection : ICollectionFixture<StandardsRenders>
{
    public const string Name = "PDF standards";
}
