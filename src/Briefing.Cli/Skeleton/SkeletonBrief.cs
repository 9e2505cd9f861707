using System.Globalization;
using System.Text;
using Briefing.Cli.Resources;

namespace Briefing.Cli.Skeleton;

/// <summary>
/// The brief that <c>brief new</c> writes: every key of the format, every text in every language given,
/// each text a "TODO" placeholder in the words of <c>Resources/Placeholders.&lt;lang&gt;.resx</c> (which validation warns of, BRF017) so that it loads and renders at once.
/// </summary>
internal static class SkeletonBrief
{
    /// <summary>The skeleton's YAML for <paramref name="id"/> in <paramref name="languages"/>, dated <paramref name="today"/>.</summary>
    public static string Create(string id, IReadOnlyList<string> languages, DateOnly today)
    {
        var date = today.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        var yaml = new StringBuilder();
        void Line(string text) => yaml.Append(text).Append('\n');
        string Text(string key) => "{ " + string.Join(", ", languages.Select(l => $"{l}: \"TODO: {Quoted(Word(l, key))}\"")) + " }";
        void Prose(string indent, string key, string name)
        {
            Line($"{indent}{name}:");
            foreach (var language in languages)
            {
                Line($"{indent}  {language}: |");
                Line($"{indent}    TODO: {Word(language, key)}");
            }
        }

        Line("# A new brief: replace every TODO (`brief validate` lists them), delete the parts you do not need,");
        Line("# then `brief render` it. The format is described in docs/format.md.");
        Line("format: brief/1");
        Line($"id: {id}");
        Line($"languages: [{string.Join(", ", languages)}]");
        Line("classification: unclassified");
        Line($"date: {date}");
        Line("# paper: a4            # or letter; by default A4 for Korean and US Letter otherwise");
        Line($"title: {Text(nameof(Placeholders.Title))}");
        Line($"subtitle: {Text(nameof(Placeholders.Subtitle))}");
        Line($"location: {Text(nameof(Placeholders.Location))}");
        Line($"occasion: {Text(nameof(Placeholders.Occasion))}");
        Line("prepared:");
        Line($"  by: {Text(nameof(Placeholders.PreparedBy))}");
        Line($"  on: {date}");
        Line("  version: 1");
        Line(string.Empty);
        Prose(string.Empty, nameof(Placeholders.Summary), "summary");
        Line(string.Empty);
        Line("delegations:");
        Line("  - id: delegation-a");
        Line($"    name: {Text(nameof(Placeholders.DelegationA))}");
        Line("  - id: delegation-b");
        Line($"    name: {Text(nameof(Placeholders.DelegationB))}");
        Line(string.Empty);
        Line("participants:");
        Line("  - id: participant-a");
        Line($"    name: {Text(nameof(Placeholders.Name))}");
        Line($"    title: {Text(nameof(Placeholders.PersonTitle))}");
        Line("    delegation: delegation-a");
        Prose("    ", nameof(Placeholders.Note), "note");
        Line(string.Empty);
        Line("agreements:");
        Line("  - id: agreement-a");
        Line($"    title: {Text(nameof(Placeholders.Agreement))}");
        Line("    status: under-negotiation   # proposed, under-negotiation, agreed-verbally, concluded, signed, in-force, stalled");
        Line("    parties: [delegation-a, delegation-b]");
        Prose("    ", nameof(Placeholders.AgreementSummary), "summary");
        Line(string.Empty);
        Line("questions:");
        Line("  - id: question-a");
        Line($"    question: {Text(nameof(Placeholders.Question))}");
        Prose("    ", nameof(Placeholders.Context), "context");
        Line("    related: [agreement-a]");
        Line(string.Empty);
        Line("timeline:");
        Line($"  - date: {date}");
        Line($"    event: {Text(nameof(Placeholders.Event))}");
        Line(string.Empty);
        Line("sections:");
        Line("  - id: background");
        Line($"    title: {Text(nameof(Placeholders.Section))}");
        Prose("    ", nameof(Placeholders.Body), "body");
        Line(string.Empty);
        Line("sources:");
        Line($"  - title: {Text(nameof(Placeholders.Source))}");
        Line($"    publisher: {Text(nameof(Placeholders.Publisher))}");
        Line($"    date: {date}");
        Line("    url: https://example.org/");
        return yaml.ToString();
    }

    // Inside a double-quoted YAML scalar only the backslash and the quote need escaping.
    private static string Quoted(string text) => text.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("\"", "\\\"", StringComparison.Ordinal);

    // Each language's placeholder words come from Placeholders.<lang>.resx, falling back to the English Placeholders.resx.
    private static string Word(string language, string key)
    {
        CultureInfo culture;
        try
        {
            culture = CultureInfo.GetCultureInfo(language);
        }
        catch (CultureNotFoundException)
        {
            culture = CultureInfo.InvariantCulture;
        }

        return Placeholders.ResourceManager.GetString(key, culture) ?? key;
    }
}
