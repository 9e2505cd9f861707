using System.CommandLine;
using Briefing.Cli.CommandLine;
using Briefing.Cli.Files;
using Briefing.Cli.Handover;
using Briefing.Cli.Output;
using Briefing.Cli.Resources;
using Briefing.Diagnostics;
using Briefing.Cli.Rendering;
using Briefing.Loading;
using Briefing.Validation;

namespace Briefing.Cli.Commands;

/// <summary><c>brief validate &lt;file|dir&gt;...</c>: every diagnostic of every brief, and a summary line.</summary>
internal static class ValidateCommand
{
    /// <summary>The command, writing through <paramref name="context"/>.</summary>
    public static Command Create(CommandContext context)
    {
        var paths = CommonOptions.BriefPaths();
        var command = new Command("validate", nameof(Messages.ValidateDescription)) { paths };
        // A PDF input is read only by the full build: the lean native binary hands it the whole command.
        command.SetAction(parse => BriefInputs.NeedFullBinary(parse.GetRequiredValue(paths))
            ? FullBinary.HandOver(context.Error)
            : Run(context, parse.GetRequiredValue(paths)));
        return command;
    }

    private static int Run(CommandContext context, IReadOnlyList<string> paths)
    {
        var files = BriefInputs.Expand(BriefFiles.Expand(paths, context.Error, out var exit));

        var loader = new BriefLoader();
        using var themed = new RenderingServices();
        GlyphCoverage? coverage = null;
        var fontsTried = false;
        var errors = 0;
        var warnings = 0;
        foreach (var file in files)
        {
            var result = file.Load(loader);
            IEnumerable<Diagnostic> diagnostics = result.Diagnostics;
            if (result.Brief is { } brief && files.Count > 0)
            {
                // Characters no font covers are found here, before any render would fail on them.
                if (!fontsTried)
                {
                    fontsTried = true;
                    coverage = LoadCoverage(context);
                }

                if (brief.Theme is { } relative)
                {
                    // A brief's own theme is checked as render would: its file, its families, the brief's characters in them.
                    var theme = new Theming.ThemeLoader().Load(Path.Combine(Path.GetDirectoryName(file.Path) ?? string.Empty, relative), brief.ThemeSpan);
                    diagnostics = [.. diagnostics, .. theme.Diagnostics];
                    if (theme.Theme is not null && themed.Themed(theme.Theme) is { } services)
                    {
                        diagnostics = [.. diagnostics, .. services.FontProblems];
                        if (services.FontProblems.Count == 0)
                        {
                            diagnostics = [.. diagnostics, .. services.Coverage.Check(brief, brief.Languages)];
                        }
                    }
                }
                else if (coverage is not null)
                {
                    diagnostics = [.. result.Diagnostics, .. coverage.Check(brief, brief.Languages)];
                }
            }

            foreach (var diagnostic in diagnostics)
            {
                context.Error.WriteLine(diagnostic.ToString());
                if (diagnostic.Severity == Severity.Error)
                {
                    errors++;
                }
                else
                {
                    warnings++;
                }
            }
        }

        context.Error.WriteLine(Summary.Of(errors, warnings, files.Count));
        return errors > 0 ? ExitCodes.InputProblems : exit;
    }

    private static GlyphCoverage? LoadCoverage(CommandContext context)
    {
        try
        {
            return new GlyphCoverage(FontSource.Load());
        }
        catch (Exception e) when (FontSource.IsFontProblem(e))
        {
            context.Error.WriteLine(Text.Format(Messages.CoverageNotChecked, RenderCodes.FontsMissing, CliDiagnostic.OneLine(e.Message)));
            return null;
        }
    }
}
