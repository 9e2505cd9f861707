using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;

namespace Briefing.Typesetting.Tests.Text.LineBreaking;

/// <summary>One case of Unicode's LineBreakTest.txt: the text, where it breaks, and which rule decides each boundary.</summary>
internal sealed record LineBreakTestCase(int LineNumber, string Text, IReadOnlyList<int> Breaks, IReadOnlyList<(int Index, string Rule)> Rules);

/// <summary>Reads Unicode's LineBreakTest.txt (× no break, ÷ break, between hex code points).</summary>
internal static partial class LineBreakTestFile
{
    public const string Path = "/usr/share/unicode/auxiliary/LineBreakTest.txt";

    public static IReadOnlyList<LineBreakTestCase> Read()
    {
        var cases = new List<LineBreakTestCase>();
        var lineNumber = 0;
        foreach (var raw in File.ReadLines(Path))
        {
            lineNumber++;
            var hash = raw.IndexOf('#');
            var body = (hash >= 0 ? raw[..hash] : raw).Trim();
            if (body.Length == 0)
                continue;

            var text = new StringBuilder();
            var breaks = new List<int>();
            var boundaries = new List<int>();
            foreach (var token in body.Split([' ', '\t'], StringSplitOptions.RemoveEmptyEntries))
            {
                if (token is "×" or "÷")
                {
                    boundaries.Add(text.Length);
                    if (token == "÷" && text.Length > 0)
                        breaks.Add(text.Length);
                }
                else
                {
                    text.Append(char.ConvertFromUtf32(int.Parse(token, NumberStyles.HexNumber, CultureInfo.InvariantCulture)));
                }
            }

            var comment = hash >= 0 ? raw[(hash + 1)..] : "";
            var rules = RuleMarker().Matches(comment).Select(m => m.Groups[1].Value).ToList();
            var ruled = new List<(int, string)>();
            for (var i = 0; i < boundaries.Count && i < rules.Count; i++)
                ruled.Add((boundaries[i], rules[i]));
            cases.Add(new LineBreakTestCase(lineNumber, text.ToString(), breaks, ruled));
        }

        return cases;
    }

    [GeneratedRegex(@"[×÷] \[([0-9.]+)\]")]
    private static partial Regex RuleMarker();
}
