using System.CommandLine;
using Briefing.Cli.Output;
using Briefing.Cli.Resources;
using Briefing.Composition.Frames;
using Briefing.Model;

namespace Briefing.Cli.CommandLine;

/// <summary>Options and arguments several commands share, each built fresh per command.</summary>
internal static class CommonOptions
{
    /// <summary><c>--lang en|ko|en,ko|all</c>; a bad value is a parse error (exit 2).</summary>
    public static Option<LanguageSelection> Language(string description) => new("--lang", "-l")
    {
        Description = description,
        HelpName = "en|ko|en,ko|all",
        DefaultValueFactory = _ => LanguageSelection.Every,
        CustomParser = result =>
        {
            var text = result.Tokens.Count > 0 ? result.Tokens[^1].Value : string.Empty;
            if (LanguageSelection.TryParse(text, out var selection, out var error))
            {
                return selection;
            }

            result.AddError(error);
            return LanguageSelection.Every;
        },
    };

    /// <summary><c>--paper a4|letter</c>; null when not given (each brief's own paper).</summary>
    public static Option<PaperSize?> Paper() => new("--paper")
    {
        Description = nameof(Messages.OptionPaper),
        HelpName = "a4|letter",
        CustomParser = result =>
        {
            var text = result.Tokens.Count > 0 ? result.Tokens[^1].Value : string.Empty;
            var index = FindPaper(text);
            if (index >= 0)
            {
                return (PaperSize)index;
            }

            result.AddError(Text.Format(Messages.PaperUnknown, text, string.Join(", ", FormatNames.Papers)));
            return null;
        },
    };

    /// <summary><c>--theme theme.yaml</c>: a theme/1 file for every brief.</summary>
    public static Option<string?> Theme() => new("--theme") { Description = nameof(Messages.OptionTheme), HelpName = "theme.yaml" };

    /// <summary><c>--frame neutral|report|note|default</c>; null when not given or <c>default</c> (each language's own frame).</summary>
    public static Option<FrameKind?> Frame() => new("--frame")
    {
        Description = nameof(Messages.OptionFrame),
        HelpName = string.Join('|', FrameNames.All) + "|default",
        CustomParser = result =>
        {
            var text = result.Tokens.Count > 0 ? result.Tokens[^1].Value : string.Empty;
            if (text.Equals("default", StringComparison.OrdinalIgnoreCase))
            {
                return null;
            }

            if (FrameNames.TryParse(text, out var kind))
            {
                return kind;
            }

            result.AddError(Text.Format(Messages.FrameUnknown, text, string.Join(", ", FrameNames.All) + ", default"));
            return null;
        },
    };

    /// <summary><c>--no-source</c>: the PDFs do not carry their brief's YAML.</summary>
    public static Option<bool> NoSource() => new("--no-source") { Description = nameof(Messages.OptionNoSource) };

    /// <summary>One or more brief files or folders; a misspelt option is not taken for a missing file.</summary>
    public static Argument<string[]> BriefPaths()
    {
        var paths = new Argument<string[]>("paths")
        {
            Description = nameof(Messages.ArgumentBriefPaths),
            HelpName = "file|dir",
            Arity = ArgumentArity.OneOrMore,

            // The tokens as they are. System.CommandLine's own conversion makes the array through reflection
            // (Array.CreateInstance), whose first use in a native binary cost about 1 % of a short render.
            CustomParser = result => result.Tokens.Select(token => token.Value).ToArray(),
        };
        paths.Validators.Add(result =>
        {
            foreach (var token in result.Tokens)
            {
                if (token.Value.StartsWith('-') && !File.Exists(token.Value) && !Directory.Exists(token.Value))
                {
                    result.AddError(Text.Format(Messages.UnknownOption, token.Value));
                }
            }
        });
        return paths;
    }

    private static int FindPaper(string text)
    {
        for (var i = 0; i < FormatNames.Papers.Count; i++)
        {
            if (FormatNames.Papers[i].Equals(text, StringComparison.OrdinalIgnoreCase))
            {
                return i;
            }
        }

        return -1;
    }
}
