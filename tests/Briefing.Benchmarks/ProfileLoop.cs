using System.Diagnostics;
using System.Globalization;
using Briefing.Loading;
using Briefing.Rendering;
using Briefing.Typesetting.Fonts;
using Briefing.Typesetting.Text;
using Briefing.Typesetting.Text.LineBreaking;

namespace Briefing.Benchmarks;

/// <summary>
/// A steady loop of one workload, for a sampling profiler (<c>dotnet-trace collect -- Briefing.Benchmarks
/// loop layout 100 20</c>): <c>loop layout|write|breaks|paragraph PAGES COUNT</c>, or <c>loop render ko|en COUNT</c>
/// for the summit brief. Prints the time of each run.
/// </summary>
public static class ProfileLoop
{
    /// <summary>Runs the workload <c>args[0]</c> <c>args[2]</c> times on a document of <c>args[1]</c> pages.</summary>
    public static int Run(string[] args)
    {
        var kind = args.Length > 0 ? args[0] : "layout";
        if (kind == "render")
            return RenderLoop(args.Length > 1 ? args[1] : "ko", args.Length > 2 ? int.Parse(args[2], CultureInfo.InvariantCulture) : 10);
        var pages = args.Length > 1 ? int.Parse(args[1], CultureInfo.InvariantCulture) : 100;
        var count = args.Length > 2 ? int.Parse(args[2], CultureInfo.InvariantCulture) : 10;
        using var typesetter = new Typesetter(DefaultFonts.Load());
        using var breaker = new LineBreaker();
        var sections = kind is "layout" or "write" ? SampleDocument.SectionsFor(typesetter, pages) : 0;
        var korean = kind is "breaks" or "paragraph" ? SampleText.Korean(1 << 20) : "";
        var spans = new[] { new TextSpan(korean, new TextStyle { FontFamily = "Noto Sans, NanumGothic" }) };
        for (var i = 0; i < count; i++)
        {
            var clock = Stopwatch.StartNew();
            var result = kind switch
            {
                "layout" => SampleDocument.Build(typesetter, sections).LayOut().Count,
                "write" => SampleDocument.Build(typesetter, sections).GeneratePdf().Length,
                "breaks" => breaker.FindBreaks(korean, keepAll: true).Count,
                "paragraph" => typesetter.LayOut(spans, new ParagraphStyle(), 483).Lines.Count,
                _ => throw new ArgumentException($"unknown workload {kind}"),
            };
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{kind} {i}: {clock.Elapsed.TotalMilliseconds:F1} ms ({result})"));
        }

        return 0;
    }

    private static int RenderLoop(string language, int count)
    {
        var brief = new BriefLoader().Load(RepoPaths.SummitBrief).Brief ?? throw new InvalidOperationException("The summit brief does not load.");
        using var renderer = new BriefRenderer(DefaultFonts.Load());
        for (var i = 0; i < count; i++)
        {
            var clock = Stopwatch.StartNew();
            var bytes = renderer.Render(brief, language).Length;
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"render {language} {i}: {clock.Elapsed.TotalMilliseconds:F1} ms ({bytes} bytes)"));
        }

        return 0;
    }
}
