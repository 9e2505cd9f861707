using System.CommandLine;
using System.Globalization;
using System.Text;
using Briefing.Cli.CommandLine;
using Briefing.Composition;
using Briefing.Validation;
using Briefing.Cli.Output;
using Briefing.Cli.Rendering;
using Briefing.Cli.Resources;
using Briefing.Diagnostics;
using Briefing.Loading;
using Briefing.Localization;
using Briefing.Localization.Profiles;
using Briefing.Theming;
using Briefing.Typesetting.Fonts;

namespace Briefing.Cli.Commands;

/// <summary>
/// <c>brief fonts [--lang ko] [--theme theme.yaml] [&lt;file&gt;]</c>: which font file serves which family, weight and
/// style for each language (in the theme, when one is given), and, given a brief, every character of it that no font covers.
/// </summary>
internal static class FontsCommand
{
    /// <summary>The command, writing through <paramref name="context"/>.</summary>
    public static Command Create(CommandContext context)
    {
        var language = CommonOptions.Language(nameof(Messages.OptionFontsLang));
        var file = new Argument<string?>("file")
        {
            Description = nameof(Messages.ArgumentFontsFile),
            Arity = ArgumentArity.ZeroOrOne,
        };
        var theme = CommonOptions.Theme();
        var command = new Command("fonts", nameof(Messages.FontsDescription)) { language, file, theme };
        command.SetAction(parse => Run(context, parse.GetValue(language) ?? LanguageSelection.Every, parse.GetValue(file), parse.GetValue(theme)));
        return command;
    }

    private static int Run(CommandContext context, LanguageSelection selection, string? file, string? themeFile)
    {
        var theme = Theme.Default;
        if (themeFile is not null)
        {
            var loaded = new ThemeLoader().Load(themeFile);
            foreach (var diagnostic in loaded.Diagnostics)
            {
                context.Error.WriteLine(diagnostic.ToString());
            }

            if (loaded.Theme is null)
            {
                return ExitCodes.InputProblems;
            }

            theme = loaded.Theme;
        }

        FontLibrary fonts;
        try
        {
            fonts = FontSource.Load();
            if (themeFile is not null)
            {
                var problems = ThemeFonts.AddTo(fonts, theme, FontCatalog.Scan(FontCatalog.SystemFolders()), new VariableInstances(VariableInstances.DefaultFolder()));
                foreach (var problem in problems)
                {
                    context.Error.WriteLine(problem.ToString());
                }

                if (problems.Count > 0)
                {
                    return ExitCodes.InputProblems;
                }
            }
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or UnsupportedFontException)
        {
            context.Error.WriteLine(Text.Format(Messages.FontsUnavailable, RenderCodes.FontsMissing, CliDiagnostic.OneLine(e.Message)));
            return ExitCodes.InputProblems;
        }

        if (file is null)
        {
            WriteTable(context, fonts, theme, LanguageSelection.LanguagesOf(selection.For(SupportedLanguages.All(), out _)), LanguageProfiles.For);
            return ExitCodes.Ok;
        }

        var result = new BriefLoader().Load(file);
        foreach (var diagnostic in result.Diagnostics)
        {
            context.Error.WriteLine(diagnostic.ToString());
        }

        if (result.Brief is not { } brief)
        {
            return ExitCodes.InputProblems;
        }

        var exit = ExitCodes.Ok;
        var languages = LanguageSelection.LanguagesOf(selection.For(brief.Languages, out var missing));
        foreach (var absent in missing)
        {
            context.Error.WriteLine(CliDiagnostic.Error(file, RenderCodes.LanguageNotInBrief,
                Text.Format(Messages.LanguageNotInBrief, absent, string.Join(", ", brief.Languages))));
            exit = ExitCodes.InputProblems;
        }

        WriteTable(context, fonts, theme, languages, brief.ProfileFor);
        context.Out.WriteLine();
        var uncovered = 0;
        foreach (var lang in languages)
        {
            uncovered += WriteUncovered(context, fonts, theme, brief, lang);
        }

        if (uncovered > 0)
        {
            context.Error.WriteLine(Text.Format(Messages.FontsUncoveredSummary, file, uncovered));
            return ExitCodes.InputProblems;
        }

        context.Out.WriteLine(Text.Format(Messages.FontsAllCovered, file, string.Join(", ", languages)));
        return exit;
    }

    private static void WriteTable(CommandContext context, FontLibrary fonts, Theme theme, IReadOnlyList<string> languages, Func<string, LanguageProfile> profileOf)
    {
        var rows = new List<string[]> { new[] { Messages.ColumnLanguage, Messages.ColumnRole, Messages.ColumnFamily, Messages.ColumnWeight, Messages.ColumnStyle, Messages.ColumnFile } };
        foreach (var language in languages)
        {
            foreach (var role in FontRoles.For(profileOf(language), theme))
            {
                for (var i = 0; i < role.Families.Count; i++)
                {
                    // The face the library picks for the role: the closest weight and slant the family has.
                    if (fonts.FindFace(role.Families[i], role.Weight, role.Italic) is not { } face)
                    {
                        continue;
                    }

                    var name = i == 0 ? role.Name : Text.Format(Messages.RoleFallback, role.Name);
                    rows.Add([language, name, face.FamilyName, face.Weight.ToString(CultureInfo.InvariantCulture),
                        face.Italic ? Messages.StyleItalic : Messages.StyleNormal, face.FilePath]);
                }
            }
        }

        var widths = new int[rows[0].Length];
        foreach (var row in rows)
        {
            for (var i = 0; i < row.Length; i++)
            {
                widths[i] = Math.Max(widths[i], row[i].Length);
            }
        }

        foreach (var row in rows)
        {
            var line = new StringBuilder();
            for (var i = 0; i < row.Length; i++)
            {
                line.Append(i < row.Length - 1 ? row[i].PadRight(widths[i] + 2) : row[i]);
            }

            context.Out.WriteLine(line.ToString());
        }
    }

    private static int WriteUncovered(CommandContext context, FontLibrary fonts, Theme theme, Briefing.Model.Brief brief, string language)
    {
        var missing = new GlyphCoverage(fonts, theme).Find(brief, language);
        foreach (var m in missing)
        {
            context.Out.WriteLine(Text.Format(Messages.FontsUncovered, m.Character.Value.ToString("X4", CultureInfo.InvariantCulture), m.Character.ToString(), m.Field));
        }

        return missing.Count;
    }

}
