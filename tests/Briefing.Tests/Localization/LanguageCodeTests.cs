using System.Text.RegularExpressions;
using Briefing.Testing;
using Briefing.Tests.Samples;

namespace Briefing.Tests.Localization;

/// <summary>
/// Languages are data: only the profiles (src/Briefing/Localization/Profiles) know language codes. Anywhere
/// else, a literal such as <c>"ko"</c> or <c>"fr-"</c> is a language test in disguise (<c>IsKorean ? a : b</c>)
/// that a new language would silently fall through.
/// </summary>
public sealed partial class LanguageCodeTests
{
    private static readonly string[] Scanned = ["src/Briefing", "src/Briefing.Cli"];

    [Fact]
    public void No_code_outside_the_profiles_names_a_language()
    {
        var root = RepositoryRoot.Find();
        var offenders = new List<string>();
        foreach (var folder in Scanned)
        {
            foreach (var file in Directory.EnumerateFiles(Path.Combine(root, folder), "*.cs", SearchOption.AllDirectories))
            {
                var relative = Path.GetRelativePath(root, file).Replace('\\', '/');
                if (relative.Contains("/obj/", StringComparison.Ordinal) || relative.Contains("/bin/", StringComparison.Ordinal)
                    || relative.StartsWith("src/Briefing/Localization/Profiles/", StringComparison.Ordinal))
                    continue;
                offenders.AddRange(Offences(relative, File.ReadAllLines(file)));
            }
        }

        Assert.True(offenders.Count == 0, "language codes outside the profiles:\n" + string.Join("\n", offenders));
    }

    [Fact]
    public void The_scan_finds_a_language_test()
    {
        // The rule must be able to fail: each of these is what the profiles replaced.
        string[] lines =
        [
            """    var korean = language.Equals("ko", StringComparison.OrdinalIgnoreCase);""",
            """    if (language.StartsWith("ko-")) return A4;""",
            """    "en" => "en-CA",""",
            """    IsKorean ? 5 : 6""",
            """    culture.TwoLetterISOLanguageName == x""",
        ];

        Assert.Equal(lines.Length, Offences("x.cs", lines).Count());
        Assert.Empty(Offences("x.cs", ["    // \"ko\" in a comment says why", "    var english = \"English\";"]));
    }

    private static IEnumerable<string> Offences(string file, IReadOnlyList<string> lines)
    {
        for (var i = 0; i < lines.Count; i++)
        {
            var line = lines[i].TrimStart();
            if (line.StartsWith("//", StringComparison.Ordinal))
                continue;
            if (LanguageLiteral().IsMatch(line) || LanguageTest().IsMatch(line))
                yield return $"{file}:{i + 1}: {line}";
        }
    }

    // A string literal that is a language code of a profile, alone, with a region, or as a prefix ("ko-").
    [GeneratedRegex("\"(?:en|fr|ko)(?:-[A-Za-z]{2})?-?\"", RegexOptions.IgnoreCase)]
    private static partial Regex LanguageLiteral();

    [GeneratedRegex(@"\bIs(?:Korean|English|French)\b|TwoLetterISOLanguageName")]
    private static partial Regex LanguageTest();
}
