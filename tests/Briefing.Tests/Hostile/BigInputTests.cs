using System.Diagnostics;
using System.Text;
using Briefing.Loading;
using Briefing.Tests.Composition;
using Briefing.Tests.Shared;
using Briefing.Typesetting.Tests.Support;
using UglyToad.PdfPig;
using Xunit.Abstractions;

namespace Briefing.Tests.Hostile;

/// <summary>A brief of 2000 participants, 500 questions and a 200 KB summary loads with the default limits and renders, paginated, in bounded memory.</summary>
public sealed class BigInputTests(HostileRendering rendering, ITestOutputHelper output) : IClassFixture<HostileRendering>
{
    /// <summary>The bound on the test process's peak working set (the whole test host, fonts and all).</summary>
    private const long MemoryBound = 1024L * 1024 * 1024;

    internal static string BigBrief()
    {
        var yaml = new StringBuilder("""
            format: brief/1
            id: big-brief
            languages: [en, ko]
            classification: unclassified
            date: 2025-10-30
            title: { en: "A very large brief", ko: "아주 큰 브리핑" }
            location: { en: "Place", ko: "장소" }
            prepared:
              on: 2025-10-31
            summary:
              en: |

            """);
        // 200 KB of English summary in paragraphs of about 1000 characters, and the same for Korean.
        var sentence = "The delegations reviewed supply chains, clean energy and defence procurement in detail. ";
        for (var paragraph = 0; yaml.Length < 205_000; paragraph++)
        {
            yaml.Append("    Paragraph ").Append(paragraph).Append(": ");
            for (var i = 0; i < 11; i++)
            {
                yaml.Append(sentence);
            }

            yaml.Append("\n\n");
        }

        yaml.Append("  ko: |\n");
        for (var paragraph = 0; paragraph < 200; paragraph++)
        {
            yaml.Append("    문단 ").Append(paragraph).Append(": 양국 대표단은 공급망과 청정에너지, 방산 조달 문제를 자세히 검토함. 양국 대표단은 협력 방안을 논의함.\n\n");
        }

        yaml.Append("participants:\n");
        for (var i = 0; i < 2000; i++)
        {
            yaml.Append($"  - id: person-{i}\n    name: {{ en: \"Person Number {i}\", ko: \"참석자 {i}\" }}\n    title: {{ en: \"Adviser {i} on trade\", ko: \"통상 자문관 {i}\" }}\n");
        }

        yaml.Append("questions:\n");
        for (var i = 0; i < 500; i++)
        {
            yaml.Append($"  - id: question-{i}\n    question: {{ en: \"What happens to item {i} next year?\", ko: \"{i}번 항목은 내년에 어떻게 되는가?\" }}\n");
        }

        return yaml.ToString();
    }

    [Fact]
    public void A_brief_of_2000_participants_500_questions_and_a_200_kb_summary_renders_paginated_in_bounded_memory()
    {
        // Given
        var yaml = BigBrief();
        Assert.True(Encoding.UTF8.GetByteCount(yaml) > 300_000);
        var result = new BriefLoader().Load(yaml, "briefs/big.yaml");
        Assert.True(result.Brief is not null, string.Join("\n", result.Diagnostics.Take(5)));
        var brief = result.Brief;
        Assert.True(brief.Summary.Get("en").Blocks.Sum(b => b is Model.ProseParagraph p ? p.PlainText.Length : 0) > 200_000);

        // When
        var watch = Stopwatch.StartNew();
        var pdf = rendering.Renderer.Render(brief, "en");
        watch.Stop();
        using var process = Process.GetCurrentProcess();
        process.Refresh();
        var peak = process.PeakWorkingSet64;
        output.WriteLine($"big brief: {pdf.Length / 1024} KB PDF in {watch.Elapsed.TotalSeconds:F1} s; peak working set of the test host {peak / (1024 * 1024)} MB");

        // Then: many pages, a sound file, the participants and questions all there, memory bounded
        using var document = PdfDocument.Open(pdf);
        Assert.True(document.NumberOfPages > 50, $"{document.NumberOfPages} pages");
        Assert.Equal(0, PdfTools.QpdfCheck(pdf).ExitCode);
        var text = PdfTools.PdfToText(pdf);
        var fields = BriefTexts.All(brief, "en");
        var sample = fields.Where((_, i) => i % 97 == 0 || i == fields.Count - 1).ToList();
        Assert.Empty(NothingLost.Check(text, sample, inOrder: false));
        Assert.Contains("Person Number 1999", NothingLost.Squeeze(text).Replace("PersonNumber", "Person Number ", StringComparison.Ordinal), StringComparison.Ordinal);
        Assert.Empty(PdfSafety.Check(pdf));
        Assert.True(peak < MemoryBound, $"peak working set {peak / (1024 * 1024)} MB");
    }
}
