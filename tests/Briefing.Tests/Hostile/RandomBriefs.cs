using System.Globalization;
using System.Text;
using CsCheck;

namespace Briefing.Tests.Hostile;

/// <summary>
/// Valid briefs with random participants, agreements and questions, their texts random English and
/// Korean from characters the default fonts cover (and free of markup, so prose is plain text).
/// </summary>
internal static class RandomBriefs
{
    private const string Latin = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789";
    private const string Punctuation = ".,:;?()'&%/";

    // Words start with a letter: a line starting "1." or "2)" would be a Markdown list, not text.
    private static readonly Gen<string> LatinWord = Gen.Select(Gen.Char[Latin[..52]], Gen.Char[Latin].Array[0, 13])
        .Select((first, rest) => first + new string(rest));
    private static readonly Gen<string> KoreanWord = Gen.Char['\uAC00', '\uD7A3'].Array[1, 6].Select(c => new string(c));

    /// <summary>A sentence of English words, some with punctuation.</summary>
    public static Gen<string> English(int maxWords) => Gen.Select(LatinWord, Gen.Char[Punctuation], Gen.Int[0, 5])
        .Select((word, mark, chance) => chance == 0 ? word + mark : word).Array[1, maxWords].Select(words => string.Join(' ', words));

    /// <summary>A sentence of Korean words, with some Latin ones (acronyms, numbers) among them.</summary>
    public static Gen<string> Korean(int maxWords) => Gen.Frequency((5, KoreanWord), (1, LatinWord))
        .Array[1, maxWords].Select(words => string.Join(' ', words));

    private static Gen<string> Localized(int maxWords) => Gen.Select(English(maxWords), Korean(maxWords))
        .Select((en, ko) => $"{{ en: \"{en}\", ko: \"{ko}\" }}");

    /// <summary>The YAML of a valid brief with up to the given numbers of items.</summary>
    public static Gen<string> Yaml(int maxParticipants = 12, int maxAgreements = 6, int maxQuestions = 8) =>
        Gen.Select(Localized(8), Localized(60), Localized(4).Select(Localized(5), (n, t) => (n, t)).Array[0, maxParticipants],
                Localized(8).Select(Localized(30), (t, s) => (t, s)).Array[0, maxAgreements],
                Localized(15).Select(Localized(25), (q, c) => (q, c)).Array[0, maxQuestions])
            .Select((title, summary, participants, agreements, questions) =>
            {
                var yaml = new StringBuilder($"""
                    format: brief/1
                    id: random-brief
                    languages: [en, ko]
                    classification: unclassified
                    date: 2025-10-30
                    title: {title}
                    location: {"{"} en: "Place", ko: "장소" {"}"}
                    prepared:
                      on: 2025-10-31
                    summary: {summary}

                    """);
                Append(yaml, "participants", participants, (i, p) => $"  - id: p{i}\n    name: {p.n}\n    title: {p.t}\n");
                Append(yaml, "agreements", agreements, (i, a) => $"  - id: a{i}\n    title: {a.t}\n    status: signed\n    summary: {a.s}\n");
                Append(yaml, "questions", questions, (i, q) => $"  - id: q{i}\n    question: {q.q}\n    context: {q.c}\n");
                return yaml.ToString();
            });

    private static void Append<T>(StringBuilder yaml, string key, T[] items, Func<int, T, string> item)
    {
        if (items.Length == 0)
        {
            return;
        }

        yaml.Append(CultureInfo.InvariantCulture, $"{key}:\n");
        for (var i = 0; i < items.Length; i++)
        {
            yaml.Append(item(i, items[i]));
        }
    }
}
