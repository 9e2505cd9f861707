using System.Text;
using Briefing.Composition;
using Briefing.Diagnostics;
using Briefing.Loading;
using Briefing.Testing;
using Briefing.Tests.Samples;
using Briefing.Typesetting.Fonts;
using Briefing.Typesetting.Layout;
using Briefing.Typesetting.Text;
using Briefing.Validation;
using CsCheck;

namespace Briefing.Fuzz;

/// <summary>
/// The YAML loader and validator: mutations of real briefs (bit flips, deletions, insertions of hostile
/// Unicode and YAML tokens, repeats, deep nesting, huge scalars) and random YAML-like text. Acceptable: a
/// <see cref="LoadResult"/> whose brief is there exactly when no diagnostic is an error, every diagnostic
/// with a position and a code of the catalogue. Every brief that loads (a few in a hundred cases; rendering
/// each keeps a finding's seed and a corpus file reproducing it, where a count would not) is also checked for font
/// coverage and rendered in its languages: the PDF must pass <see cref="PdfOracle"/> (its title and summary
/// read back); a missing glyph the coverage check did not report is a finding, and so is a
/// <see cref="LayoutException"/> (a brief that validates must lay out). Anything else, an exception above
/// all, is a finding.
/// </summary>
internal sealed class LoaderTarget : IFuzzTarget
{
    private static readonly UTF8Encoding Strict = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);
    private readonly FontLibrary _fonts = DefaultFonts.Load();
    private readonly BriefLoader _loader = new();
    private readonly PdfOracle _oracle;
    private readonly HashSet<string> _codes = [.. DiagnosticCodes.All.Select(c => c.Code)];
    private readonly string _temp = Path.Combine(Path.GetTempPath(), $"brief-fuzz-{Environment.ProcessId}.yaml");
    private readonly List<byte[]> _seeds = Seeds();
    private readonly Gen<byte[]> _gen;
    private Typesetter? _typesetter;
    private GlyphCoverage? _coverage;
    private long _rendered;
    private long _uncovered;
    private long _valid;
    private long _rejected;

    public LoaderTarget()
    {
        _oracle = new PdfOracle();
        Console.WriteLine($"fuzz loader: {_seeds.Count} seed briefs");
        var mutation = Gen.Select(Gen.Frequency((30, Gen.Int[0, 4].Select(k => k < 3 ? k : k + 3)), (1, Gen.Int[3, 5])), Gen.Double[0, 1], Gen.Int[0, 400], Gen.Int[0, 2000], Texts.Hostile)
            .Select((kind, where, length, count, payload) => new Mutation(kind, where, length, count, payload));
        _gen = Gen.Select(Gen.Int[0, _seeds.Count], mutation.Array[1, 6], Texts.Hostile).Select((seed, mutations, random) =>
        {
            var bytes = seed < _seeds.Count ? _seeds[seed] : Encoding.UTF8.GetBytes(random);
            foreach (var m in mutations)
            {
                bytes = m.Apply(bytes, random);
            }

            return bytes;
        });
    }

    public string Name => "loader";

    public string Outcomes => $"{_valid} loaded ({_rendered} of them rendered and their PDFs checked, {_uncovered} with uncovered characters), {_rejected} rejected with diagnostics";

    public byte[] Generate(PCG pcg) => _gen.Generate(pcg, null, out _);

    public void Check(byte[] input)
    {
        string? text;
        try
        {
            text = Strict.GetString(input);
        }
        catch (DecoderFallbackException)
        {
            text = null;
        }

        LoadResult result;
        if (text is null)
        {
            File.WriteAllBytes(_temp, input); // not UTF-8: only the file path can be given it
            try
            {
                result = _loader.Load(_temp);
            }
            finally
            {
                File.Delete(_temp);
            }
        }
        else
        {
            result = _loader.Load(text, "fuzz.yaml");
        }

        if (result.Brief is null != result.HasErrors)
        {
            throw new InvalidOperationException($"brief {(result.Brief is null ? "missing" : "present")} with HasErrors={result.HasErrors}");
        }

        foreach (var d in result.Diagnostics)
        {
            if (d.Span.Line < 1 || d.Span.Column < 1 || !_codes.Contains(d.Code) || d.Message.Length == 0)
            {
                throw new InvalidOperationException("a diagnostic without a position, a known code or a message: " + d);
            }
        }

        if (result.Brief is null)
        {
            _rejected++;
        }
        else
        {
            _valid++;
            Render(result.Brief);
        }
    }

    private void Render(Model.Brief brief)
    {
        _typesetter ??= new Typesetter(_fonts);
        _coverage ??= new GlyphCoverage(_fonts);
        if (_coverage.Check(brief, brief.Languages).Count > 0)
        {
            _uncovered++;
            return;
        }

        var composer = new BriefComposer(_typesetter);
        foreach (var language in brief.Languages)
        {
            // One tree laid out twice (elements are not spent): once for the page count, once for the PDF.
            var document = composer.Compose(brief, language, brief.PaperFor(language));
            var pages = document.LayOut().Count;
            var pdf = document.GeneratePdf();
            // The PDF holds the texts as the language sets them: straight quotes curled, French spaces added.
            var profile = brief.ProfileFor(language);
            var summary = brief.Summary.Get(language).Blocks.SelectMany(Inlines).Select(i => profile.Polish(i.Text));
            _oracle.Check(pdf, pages, [profile.Polish(brief.Title.Get(language)), .. summary]);
        }

        _rendered++;
    }

    private static IEnumerable<Model.ProseInline> Inlines(Model.ProseBlock block) => block switch
    {
        Model.ProseParagraph paragraph => paragraph.Inlines,
        Model.ProseBulletList list => list.Items.SelectMany(Inlines),
        _ => [],
    };

    private static List<byte[]> Seeds()
    {
        var seeds = new List<byte[]>
        {
            Encoding.UTF8.GetBytes(SampleBriefs.Full),
            Encoding.UTF8.GetBytes(SampleBriefs.Minimal),
        };
        if (RepositoryRoot.TryFind() is { } root && Directory.Exists(Path.Combine(root, "briefs")))
        {
            foreach (var file in Directory.EnumerateFiles(Path.Combine(root, "briefs"), "*.yaml").Order(StringComparer.Ordinal))
            {
                seeds.Add(File.ReadAllBytes(file));
            }
        }

        return seeds;
    }
}
