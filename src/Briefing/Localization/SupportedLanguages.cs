using System.Globalization;
using System.Reflection;
using Briefing.Localization.Profiles;

namespace Briefing.Localization;

/// <summary>
/// The languages the document's fixed words are translated into: English (the neutral Strings.resx)
/// and every Strings.&lt;lang&gt;.resx. Adding a language is adding one resx file.
/// </summary>
public static class SupportedLanguages
{
    /// <summary>The neutral language, whose words live in Strings.resx.</summary>
    public const string Neutral = LanguageProfiles.NeutralLanguage;

    /// <summary>Whether the language has a translation of the document's fixed words.</summary>
    public static bool IsSupported(string language)
    {
        if (string.Equals(language, Neutral, StringComparison.OrdinalIgnoreCase))
        {
            return true;
        }

        CultureInfo culture;
        try
        {
            culture = CultureInfo.GetCultureInfo(language);
        }
        catch (CultureNotFoundException)
        {
            return false;
        }

        // Walk ko-KR -> ko by hand, stopping before the invariant culture: tryParents would let every
        // language pass on the strength of the English fallback.
        for (var current = culture; current.Name.Length > 0; current = current.Parent)
        {
            if (string.Equals(current.Name, Neutral, StringComparison.OrdinalIgnoreCase)
                || Strings.ResourceManager.GetResourceSet(current, createIfNotExists: true, tryParents: false) is not null)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Every supported language, the neutral one first (found by the satellite assemblies beside this one).</summary>
    public static IReadOnlyList<string> All()
    {
        var result = new List<string> { Neutral };
        // The app folder, not Assembly.Location, which is empty in single-file and native AOT builds.
        var folder = AppContext.BaseDirectory;
        var resources = typeof(SupportedLanguages).Assembly.GetName().Name + ".resources.dll";
        if (string.IsNullOrEmpty(folder) || !Directory.Exists(folder))
        {
            return result;
        }

        var found = new List<string>();
        foreach (var directory in Directory.EnumerateDirectories(folder))
        {
            if (File.Exists(Path.Combine(directory, resources)))
            {
                found.Add(Path.GetFileName(directory));
            }
        }

        // A native AOT build may compile the satellites in, leaving no folders to find: ask each neutral
        // culture instead (slower, but only error messages and `brief new` call this).
        if (found.Count == 0)
        {
            foreach (var culture in CultureInfo.GetCultures(CultureTypes.NeutralCultures))
            {
                if (culture.Name.Length > 0 && !string.Equals(culture.Name, Neutral, StringComparison.OrdinalIgnoreCase)
                    && Strings.ResourceManager.GetResourceSet(culture, createIfNotExists: true, tryParents: false) is not null)
                {
                    found.Add(culture.Name);
                }
            }
        }

        found.Sort(StringComparer.Ordinal);
        result.AddRange(found);
        return result;
    }

    internal static Assembly Assembly => typeof(SupportedLanguages).Assembly;
}
