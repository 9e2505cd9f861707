using Briefing.Testing;

namespace Briefing.Cli.Tests.Infrastructure;

/// <summary>Briefs for the end-to-end tests, and the repository's real ones.</summary>
internal static class Briefs
{
    public const string SummitId = "2025-10-30-korea-canada-summit";

    public static string Summit => RepositoryRoot.Combine("briefs", SummitId + ".yaml");

    /// <summary>A small valid brief; its lines are 1 format, 2 id, 3 languages, 4 classification, 5 date, 6 title, 7 location, 8 prepared, 9 on, 10 summary.</summary>
    public static string Tiny(string id = "tiny", string languages = "[en, ko]", string title = "{ en: \"Title\", ko: \"제목\" }") => $$"""
        format: brief/1
        id: {{id}}
        languages: {{languages}}
        classification: unclassified
        date: 2025-10-30
        title: {{title}}
        location: { en: "Place", ko: "장소" }
        prepared:
          on: 2025-10-31
        summary: { en: "Summary.", ko: "요약" }

        """;

    /// <summary>A brief with one error: the title lacks its Korean text (BRF012 at 6:8).</summary>
    public static string MissingKorean(string id = "broken") => Tiny(id, title: "{ en: \"Title\" }");

    /// <summary>An English-only brief.</summary>
    public static string EnglishOnly(string id = "english-only") => $$"""
        format: brief/1
        id: {{id}}
        languages: [en]
        classification: unclassified
        date: 2025-10-30
        title: "Title"
        location: "Place"
        prepared:
          on: 2025-10-31
        summary: "Summary."

        """;
}
