using System.Diagnostics;
using System.Globalization;
using Briefing.Loading;
using Briefing.Rendering;
using Briefing.Typesetting.Fonts;
using Briefing.Typesetting.Text;

namespace Briefing.Benchmarks;

/// <summary>
/// One cold render in a fresh process, timed stage by stage: runtime start until Main, loading the fonts,
/// opening ICU, loading the brief, the first render (JIT, font programs read) and a second, warm one.
/// <c>startup [--engine] [--lang ko|en|all] [--out DIR] [--tsv]</c>; <c>--engine</c> renders the 5-page
/// engine sample instead of the summit brief (the engine's start-up without the brief's composition).
/// </summary>
public static class StartupProbe
{
    // Six sections of the engine sample fill five A4 pages (checked with pdfinfo; SectionsFor would lay it out first).
    private const int Sections = 6;

    /// <summary>Runs the probe and prints one "stage  ms" line per stage; returns 0.</summary>
    public static int Run(string[] args)
    {
        var sinceStart = DateTime.Now - Process.GetCurrentProcess().StartTime;
        var engine = args.Contains("--engine");
        var tsv = args.Contains("--tsv");
        var language = Option(args, "--lang") ?? "ko";
        var outDir = Option(args, "--out");
        var stages = new List<(string Name, double Ms)> { ("runtime start to Main", sinceStart.TotalMilliseconds) };
        var clock = Stopwatch.StartNew();

        T Time<T>(string name, Func<T> action)
        {
            var before = clock.Elapsed;
            var result = action();
            stages.Add((name, (clock.Elapsed - before).TotalMilliseconds));
            return result;
        }

        var fonts = Time("load fonts (12 TrueType files)", DefaultFonts.Load);
        var typesetter = Time("open ICU line breaker", () => new Typesetter(fonts));
        if (engine)
        {
            var first = Time("first engine render (5-page sample)", () => SampleDocument.Build(typesetter, Sections).GeneratePdf());
            Time("second engine render (warm)", () => SampleDocument.Build(typesetter, Sections).GeneratePdf());
            Write(outDir, "engine-sample.pdf", first);
        }
        else
        {
            var brief = Time("load + validate brief", () => new BriefLoader().Load(RepoPaths.SummitBrief).Brief)
                        ?? throw new InvalidOperationException("The summit brief does not load.");
            var renderer = new BriefRenderer(fonts);
            string[] languages = language == "all" ? ["ko", "en"] : [language];
            foreach (var lang in languages)
            {
                var pdf = Time($"first render {lang}", () => renderer.Render(brief, lang));
                Write(outDir, $"summit.{lang}.pdf", pdf);
            }

            foreach (var lang in languages)
                Time($"second render {lang} (warm)", () => renderer.Render(brief, lang));
        }

        stages.Add(("total since process start", sinceStart.TotalMilliseconds + clock.Elapsed.TotalMilliseconds));
        using var self = Process.GetCurrentProcess();
        foreach (var (name, ms) in stages)
        {
            Console.WriteLine(tsv
                ? string.Create(CultureInfo.InvariantCulture, $"{name}\t{ms:F1}")
                : string.Create(CultureInfo.InvariantCulture, $"{name,-40} {ms,8:F1} ms"));
        }

        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{(tsv ? "peak RSS MB\t" : "peak RSS".PadRight(41))}{self.PeakWorkingSet64 / 1048576.0:F1}"));
        return 0;
    }

    private static string? Option(string[] args, string name)
    {
        var index = Array.IndexOf(args, name);
        return index >= 0 && index + 1 < args.Length ? args[index + 1] : null;
    }

    private static void Write(string? folder, string name, byte[] pdf)
    {
        if (folder is null)
            return;
        Directory.CreateDirectory(folder);
        File.WriteAllBytes(Path.Combine(folder, name), pdf);
    }
}
