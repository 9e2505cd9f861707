using Briefing.Cli.Output;
using Briefing.Cli.Resources;
using Briefing.Localization;

namespace Briefing.Cli.CommandLine;

/// <summary>The value of <c>--lang</c>: every language of each brief (<c>all</c>), or a list such as <c>en,ko</c>.</summary>
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

    /// <summary>The languages asked for, in the order given, without duplicates (empty when <see cref="All"/>).</summary>
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

            if (!SupportedLanguages.IsSupported(part))
            {
                error = Text.Format(Messages.LangUnsupported, part, string.Join(", ", SupportedLanguages.All()));
                return false;
            }

            if (!languages.Contains(part, StringComparer.OrdinalIgnoreCase))
            {
                languages.Add(part);
            }
        }

        selection = new LanguageSelection(false, languages);
        return true;
    }

    /// <summary>The selection as written on the command line: <c>all</c> or <c>en,ko</c> (shown as the default in help).</summary>
    public override string ToString() => All ? "all" : string.Join(",", Languages);

    /// <summary>
    /// The languages to render <paramref name="briefLanguages"/> in: the brief's spelling of each asked-for
    /// language it has, and in <paramref name="missing"/> those it lacks.
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
        foreach (var language in Languages)
        {
            var match = briefLanguages.FirstOrDefault(l => l.Equals(language, StringComparison.OrdinalIgnoreCase));
            if (match is null)
            {
                lacking.Add(language);
            }
            else
            {
                found.Add(match);
            }
        }

        missing = lacking;
        return found;
    }
}
