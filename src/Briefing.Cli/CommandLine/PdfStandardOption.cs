using System.CommandLine;
using Briefing.Cli.Output;
using Briefing.Cli.Resources;
using Briefing.Typesetting.Pdf;

namespace Briefing.Cli.CommandLine;

/// <summary>
/// <c>--pdf-standard a-1b|ua-1|a-1b,ua-1</c>, named as Typst names them; a bad value is a parse error
/// (exit 2). Both standards go in one value, comma-separated; the option itself is given at most once.
/// </summary>
internal static class PdfStandardOption
{
    /// <summary>The option, with no standard as its default.</summary>
    public static Option<PdfStandards> Create() => new("--pdf-standard")
    {
        Description = nameof(Messages.OptionPdfStandard),
        HelpName = "a-1b|ua-1",
        DefaultValueFactory = _ => PdfStandards.None,
        CustomParser = result =>
        {
            var standards = PdfStandards.None;
            foreach (var token in result.Tokens)
            {
                if (!TryParse(token.Value, out var parsed))
                {
                    result.AddError(Text.Format(Messages.PdfStandardUnknown, token.Value));
                    return PdfStandards.None;
                }

                standards |= parsed;
            }

            return standards;
        },
    };

    /// <summary>Parses a comma-separated list of standard names (case-insensitive).</summary>
    public static bool TryParse(string text, out PdfStandards standards)
    {
        standards = PdfStandards.None;
        var parts = text.Split(',', StringSplitOptions.TrimEntries);
        foreach (var part in parts)
        {
            if (part.Equals("a-1b", StringComparison.OrdinalIgnoreCase))
            {
                standards |= PdfStandards.A1b;
            }
            else if (part.Equals("ua-1", StringComparison.OrdinalIgnoreCase))
            {
                standards |= PdfStandards.UA1;
            }
            else
            {
                return false;
            }
        }

        return true;
    }
}
