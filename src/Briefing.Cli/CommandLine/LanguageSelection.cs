using Briefing.Cli.Output;
using Briefing.Cli.Resources;
using Briefing.Localization;
using Briefing.Rendering;

namespace Briefing.Cli.CommandLine;

/// <summary>
/// The value of <c>--lang</c>: every language of each brief (<c>all</c>), or a list of editions such as
/// <c>en,ko</c> or <c>en+fr,ko+en</c> (two languages joined by <c>+</c> are a parallel edition, see <see cref="Edition"/>).
/// </summary>
internal sealed class LanguageSelection
{
    private LanguageSelection(bool all, IReadOnlyList<string> languages)
    {
        All = all;
        Languages = languages;
    }

    /// <summary>Every language each brief has (the default, and <c>--lang all</c>).</summary>
    public static LanguageSelection Every { get; } = new(true, []);

    /// <summary>Whether each brief renders in all of its own languages.</summary>
    public bool All { get; }

    /// <summary>The editions asked for (<c>en</c>, <c>ko+en</c>), in the order given, without duplicates (empty when <see cref="All"/>).</summary>
    public IReadOnlyList<string> Languages { get; }

    /// <summary>
    /// Parses <c>all</c> or a comma-separated list of supported languages (<c>en</c>, <c>ko</c>, <c>en,ko</c>);
    /// on failure <paramref name="error"/> says why.
    /// </summary>
    public static bool TryParse(string text, out LanguageSelection selection, out string error)
    {
        selection = Every;
        error = string.Empty;
        var parts = text.Split(',', StringSplitOptions.TrimEntries);
        var languages = new List<string>();
        foreach (var part in parts)
        {
            if (part.Length == 0)
            {
                error = Text.Format(Messages.LangEmptyItem, text);
                return false;
            }

            if (part.Equals("all", StringComparison.OrdinalIgnoreCase))
            {
                if (parts.Length > 1)
                {
                    error = Text.Format(Messages.LangAllAlone, text);
                    return false;
                }

                return true;
            }

            var edition = Edition.Parse(part);
            if (edition.Languages.Count > 2)
            {
                error = Text.Format(Messages.LangParallelPair, part);
                return false;
            }

            foreach (var language in edition.Languages)
            {
                if (language.Length > 0 && !SupportedLanguages.IsSupported(language))
                {
                    error = Text.Format(Messages.LangUnsupported, language, string.Join(", ", SupportedLanguages.All()));
                    return false;
                }
            }

            if (!edition.IsWellFormed)
            {
                error = Text.Format(Messages.LangParallelSame, part);
                return false;
            }

            var name = edition.ToString();
            if (!languages.Contains(name, StringComparer.OrdinalIgnoreCase))
            {
                languages.Add(name);
            }
        }

        selection = new LanguageSelection(false, languages);
        return true;
    }

    /// <summary>The languages that <paramref name="editions"/> set, each once (<c>ko+en, en</c> sets <c>ko, en</c>).</summary>
    public static IReadOnlyList<string> LanguagesOf(IEnumerable<string> editions) =>
        editions.SelectMany(e => Edition.Parse(e).Languages).Distinct(StringComparer.OrdinalIgnoreCase).ToList();

    /// <summary>The selection as written on the command line: <c>all</c> or <c>en,ko</c> (shown as the default in help).</summary>
    public override string ToString() => All ? "all" : string.Join(",", Languages);

    /// <summary>
    /// The editions to render a brief with <paramref name="briefLanguages"/> in: the brief's spelling of each
    /// asked-for edition whose languages it has (<c>ko+en</c>), and in <paramref name="missing"/> the languages it lacks.
    /// </summary>
    public IReadOnlyList<string> For(IReadOnlyList<string> briefLanguages, out IReadOnlyList<string> missing)
    {
        if (All)
        {
            missing = [];
            return briefLanguages;
        }

        var found = new List<string>();
        var lacking = new List<string>();
        foreach (var name in Languages)
        {
            // A parallel edition is rendered only when the brief has both of its languages.
            var matches = new List<string>(2);
            foreach (var language in Edition.Parse(name).Languages)
            {
                var match = briefLanguages.FirstOrDefault(l => l.Equals(language, StringComparison.OrdinalIgnoreCase));
                if (match is not null)
                {
                    matches.Add(match);
                }
                else if (!lacking.Contains(language, StringComparer.OrdinalIgnoreCase))
                {
                    lacking.Add(language);
                }
            }

            if (matches.Count == Edition.Parse(name).Languages.Count)
            {
                found.Add(string.Join(Edition.Separator, matches));
            }
        }

        missing = lacking;
        return found;
    }
}
