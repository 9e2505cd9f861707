using System.Text;
using Briefing.Diagnostics;
using Briefing.Loading;
using Briefing.Rendering;
using Briefing.Tests.Samples;
using Briefing.Typesetting.Fonts;
using Briefing.Typesetting.Layout;
using Briefing.Validation;
using CsCheck;

namespace Briefing.Fuzz;

/// <summary>
/// The YAML loader and validator: mutations of real briefs (bit flips, deletions, insertions of hostile
/// Unicode and YAML tokens, repeats, deep nesting, huge scalars) and random YAML-like text. Acceptable: a
/// <see cref="LoadResult"/> whose brief is there exactly when no diagnostic is an error, every diagnostic
/// with a position and a code of the catalogue. Every tenth brief that loads is also checked for font
/// coverage and rendered in its languages: a PDF, or a layout error, is acceptable; a missing glyph the
/// coverage check did not report is a finding. Anything else, an exception above all, is a finding.
/// </summary>
internal sealed class LoaderTarget(Guard guard) : IFuzzTarget
{
    private readonly FontLibrary _fonts = DefaultFonts.Load();
    private BriefRenderer? _renderer;
    private GlyphCoverage? _coverage;
    private long _rendered;
    private long _uncovered;
    private static readonly UTF8Encoding Strict = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);
    private readonly BriefLoader _loader = new();
    private readonly HashSet<string> _codes = [.. DiagnosticCodes.All.Select(c => c.Code)];
    private readonly string _temp = Path.Combine(Path.GetTempPath(), $"brief-fuzz-{Environment.ProcessId}.yaml");
    private long _valid;
    private long _rejected;
    private string? _smallestFailure;

    public string Outcomes => $"{_valid} loaded ({_rendered} of them rendered, {_uncovered} with uncovered characters), {_rejected} rejected with diagnostics";

    public string? Run(FuzzOptions options)
    {
        var seeds = Seeds();
        Console.WriteLine($"fuzz loader: {seeds.Count} seed briefs");
        var mutation = Gen.Select(Gen.Frequency((30, Gen.Int[0, 4].Select(k => k < 3 ? k : k + 3)), (1, Gen.Int[3, 5])), Gen.Double[0, 1], Gen.Int[0, 400], Gen.Int[0, 2000], Texts.Hostile)
            .Select((kind, where, length, count, payload) => new Mutation(kind, where, length, count, payload));
        var gen = Gen.Select(Gen.Int[0, seeds.Count], mutation.Array[1, 6], Texts.Hostile);
        try
        {
            gen.Sample((seed, mutations, random) =>
            {
                var bytes = seed < seeds.Count ? seeds[seed] : Encoding.UTF8.GetBytes(random);
                foreach (var m in mutations)
                {
                    bytes = m.Apply(bytes, random);
                }

                Check(bytes);
            }, seed: options.Seed, time: options.Seconds, threads: 1, iter: int.MaxValue, print: _ => "(input saved under findings/)");
        }
        catch (Exception e)
        {
            var saved = _smallestFailure is null ? "" : $" (input saved to {Guard.Save("loader", _smallestFailure)})";
            return e.Message.Split('\n')[0] + saved + "\n" + e;
        }
        finally
        {
            File.Delete(_temp);
        }

        return null;
    }

    private void Check(byte[] bytes)
    {
        string? text;
        try
        {
            text = Strict.GetString(bytes);
        }
        catch (DecoderFallbackException)
        {
            text = null;
        }

        var input = text ?? Convert.ToBase64String(bytes);
        guard.Begin(input);
        try
        {
            LoadResult result;
            if (text is null)
            {
                File.WriteAllBytes(_temp, bytes); // not UTF-8: only the file path can be given it
                result = _loader.Load(_temp);
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
                if (_valid % 10 == 0)
                {
                    Render(result.Brief);
                }
            }
        }
        catch (Exception)
        {
            if (_smallestFailure is null || input.Length < _smallestFailure.Length)
            {
                _smallestFailure = input;
            }

            throw;
        }
        finally
        {
            guard.End();
        }
    }

    private void Render(Model.Brief brief)
    {
        _renderer ??= new BriefRenderer(_fonts);
        _coverage ??= new GlyphCoverage(_fonts);
        if (_coverage.Check(brief, brief.Languages).Count > 0)
        {
            _uncovered++;
            return;
        }

        foreach (var language in brief.Languages)
        {
            try
            {
                var pdf = _renderer.Render(brief, language);
                if (pdf.Length < 8 || pdf[0] != '%')
                {
                    throw new InvalidOperationException("not a PDF");
                }
            }
            catch (LayoutException)
            {
                // reported to the user as BRF903: a diagnostic, not a crash
            }
        }

        _rendered++;
    }

    private static List<byte[]> Seeds()
    {
        var seeds = new List<byte[]>
        {
            Encoding.UTF8.GetBytes(SampleBriefs.Full),
            Encoding.UTF8.GetBytes(SampleBriefs.Minimal),
        };
        var folder = FindBriefs();
        if (folder is not null)
        {
            foreach (var file in Directory.EnumerateFiles(folder, "*.yaml").Order(StringComparer.Ordinal))
            {
                seeds.Add(File.ReadAllBytes(file));
            }
        }

        return seeds;
    }

    private static string? FindBriefs()
    {
        foreach (var start in new[] { AppContext.BaseDirectory, Environment.CurrentDirectory })
        {
            for (var directory = new DirectoryInfo(start); directory is not null; directory = directory.Parent)
            {
                if (File.Exists(Path.Combine(directory.FullName, "Briefing.sln")))
                {
                    return Path.Combine(directory.FullName, "briefs");
                }
            }
        }

        return null;
    }
}
