using System.CommandLine;
using Briefing.Cli.CommandLine;
using Briefing.Cli.Files;
using Briefing.Cli.Handover;
using Briefing.Cli.Output;
using Briefing.Cli.Rendering;
using Briefing.Cli.Resources;
using Briefing.Diagnostics;
using Briefing.Loading;
using Briefing.Model;
using Briefing.Sources;
using Briefing.Typesetting.Pdf.Attachments;

namespace Briefing.Cli.Commands;

/// <summary>
/// <c>brief bundle &lt;file|dir&gt;... --lang ko [--title ...] -o report.ko.pdf</c>: several briefs as one report,
/// carrying every brief's source. All or nothing: a brief with errors, or without the language, writes no report.
/// </summary>
internal static class BundleCommand
{
    /// <summary>The command, writing through <paramref name="context"/>.</summary>
    public static Command Create(CommandContext context)
    {
        var paths = CommonOptions.BriefPaths();
        var language = new Option<string>("--lang", "-l") { Description = nameof(Messages.OptionBundleLang), HelpName = "en|ko", Required = true };
        var title = new Option<string?>("--title") { Description = nameof(Messages.OptionBundleTitle), HelpName = "text" };
        var output = new Option<string>("--out", "-o") { Description = nameof(Messages.OptionBundleOut), HelpName = "file.pdf", Required = true };
        var paper = CommonOptions.Paper();
        var noSource = CommonOptions.NoSource();
        var command = new Command("bundle", nameof(Messages.BundleDescription)) { paths, language, title, output, paper, noSource };
        // A PDF input is read only by the full build: the lean native binary hands it the whole command.
        command.SetAction(parse => BriefInputs.NeedFullBinary(parse.GetRequiredValue(paths))
            ? FullBinary.HandOver(context.Error)
            : Run(context, parse.GetRequiredValue(paths), parse.GetRequiredValue(language), parse.GetValue(title),
                parse.GetRequiredValue(output), parse.GetValue(paper), !parse.GetValue(noSource)));
        return command;
    }

    private static int Run(CommandContext context, IReadOnlyList<string> paths, string language, string? title, string output, PaperSize? paper, bool includeSource)
    {
        if (!Localization.SupportedLanguages.IsSupported(language))
        {
            context.Error.WriteLine(Text.Format(Messages.UsageError, Text.Format(Messages.BundleLangUnsupported, language, string.Join(", ", Localization.SupportedLanguages.All()))));
            return ExitCodes.Usage;
        }

        var inputs = BriefInputs.Expand(BriefFiles.Expand(paths, context.Error, out var exit));
        using var services = new RenderingServices();
        var loader = new BriefLoader();
        var briefs = new List<Brief>();
        var attachments = new List<FileAttachment>();
        var names = new HashSet<string>(StringComparer.Ordinal);
        var errors = 0;
        foreach (var input in inputs)
        {
            var result = input.Load(loader);
            var diagnostics = new List<Diagnostic>(result.Diagnostics);
            if (result.Brief is { } brief)
            {
                if (!brief.Languages.Contains(language))
                {
                    context.Error.WriteLine(CliDiagnostic.Error(input.DisplayPath, RenderCodes.LanguageNotInBrief,
                        Text.Format(Messages.LanguageNotInBrief, language, string.Join(", ", brief.Languages))));
                    errors++;
                }
                else if (services.Coverage() is { } coverage)
                {
                    diagnostics.AddRange(coverage.Check(brief, [language]));
                }
            }

            foreach (var diagnostic in diagnostics)
            {
                context.Error.WriteLine(diagnostic.ToString());
                errors += diagnostic.Severity == Severity.Error ? 1 : 0;
            }

            if (result.Brief is { } loaded && !diagnostics.Any(d => d.Severity == Severity.Error))
            {
                briefs.Add(loaded);
                if (includeSource && result.Source is { } bytes)
                {
                    attachments.Add(SourceAttachment.For(UniqueName(input.SourceName, names), bytes));
                }
            }
        }

        if (errors > 0 || exit != ExitCodes.Ok || briefs.Count == 0)
        {
            return NotWritten(context, output);
        }

        var renderer = services.Renderer();
        if (renderer is null)
        {
            context.Error.WriteLine(CliDiagnostic.Error(output, RenderCodes.FontsMissing, services.FontFailure!.Message));
            return NotWritten(context, output);
        }

        byte[] pdf;
        try
        {
            pdf = renderer.RenderBundle(briefs, language, title, paper, attachments);
        }
        catch (Exception e) when (e is Typesetting.Fonts.MissingGlyphException or Typesetting.Layout.LayoutException)
        {
            context.Error.WriteLine(CliDiagnostic.Error(output, RenderCodes.LayoutFailed, Text.Format(Messages.RenderFailedIn, language, e.Message)));
            return NotWritten(context, output);
        }

        try
        {
            var folder = Path.GetDirectoryName(Path.GetFullPath(output))!;
            Directory.CreateDirectory(folder);
            AtomicFile.Write(output, pdf);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            context.Error.WriteLine(CliDiagnostic.Error(output, RenderCodes.WriteFailed, Text.Format(Messages.CannotWrite, output, e.Message)));
            return NotWritten(context, output);
        }

        context.Out.WriteLine(output);
        return ExitCodes.Ok;
    }

    /// <summary>
    /// A report that could not be made leaves no outdated one behind (as a failed render removes its PDF):
    /// the target was named on the command line, so it is known, unlike a broken brief's id.
    /// </summary>
    private static int NotWritten(CommandContext context, string output)
    {
        if (File.Exists(output) && !AtomicFile.TryDelete(output))
        {
            context.Error.WriteLine(CliDiagnostic.Error(output, RenderCodes.WriteFailed, Text.Format(Messages.CannotRemoveOutdated, output)));
        }

        context.Error.WriteLine(Text.Format(Messages.BundleNotWritten, output));
        return ExitCodes.InputProblems;
    }

    // Two briefs from different folders may share a file name; inside one PDF each needs its own.
    private static string UniqueName(string name, HashSet<string> taken)
    {
        var candidate = name;
        for (var n = 2; !taken.Add(candidate); n++)
        {
            candidate = $"{Path.GetFileNameWithoutExtension(name)}-{n}{Path.GetExtension(name)}";
        }

        return candidate;
    }
}
