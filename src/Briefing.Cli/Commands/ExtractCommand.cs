using System.CommandLine;
using Briefing.Cli.Files;
using Briefing.Cli.Handover;
using Briefing.Cli.Output;
using Briefing.Cli.Rendering;
using Briefing.Cli.Resources;
using Briefing.Diagnostics;
using Briefing.Sources;

namespace Briefing.Cli.Commands;

/// <summary>
/// <c>brief extract &lt;pdf&gt;... [-o DIR] [--force]</c>: the source files a PDF carries, written back byte
/// for byte after their checksums were verified (<see cref="PdfSourceReader"/>). A file already there with
/// the same bytes is left as it is; one with other bytes is kept unless <c>--force</c>.
/// </summary>
internal static class ExtractCommand
{
    /// <summary>The command, writing through <paramref name="context"/>.</summary>
    public static Command Create(CommandContext context)
    {
        var paths = new Argument<string[]>("pdfs") { Description = nameof(Messages.ArgumentPdfPaths), HelpName = "file.pdf", Arity = ArgumentArity.OneOrMore };
        var output = new Option<string>("--out", "-o") { Description = nameof(Messages.OptionExtractOut), HelpName = "dir", DefaultValueFactory = _ => "." };
        var force = new Option<bool>("--force") { Description = nameof(Messages.OptionForce) };
        var command = new Command("extract", nameof(Messages.ExtractDescription)) { paths, output, force };
        // The lean native binary leaves PDF reading out and hands the command to the full one.
        command.SetAction(parse => PdfReading.IsSupported
            ? Run(context, parse.GetRequiredValue(paths), parse.GetValue(output) is { Length: > 0 } o ? o : ".", parse.GetValue(force))
            : FullBinary.HandOver(context.Error));
        return command;
    }

    private static int Run(CommandContext context, IReadOnlyList<string> pdfs, string folder, bool force)
    {
        var reader = new PdfSourceReader();
        var exit = ExitCodes.Ok;
        var written = new HashSet<string>(StringComparer.Ordinal);
        foreach (var pdf in pdfs)
        {
            var result = reader.Read(pdf);
            foreach (var diagnostic in result.Diagnostics)
            {
                context.Error.WriteLine(diagnostic.ToString());
                if (diagnostic.Severity == Severity.Error)
                {
                    exit = ExitCodes.InputProblems;
                }
            }

            foreach (var source in result.Sources)
            {
                // The name was checked to be a plain file name by the reader: it cannot leave the folder.
                var target = Path.Combine(folder, source.Name);
                if (!written.Add(Path.GetFullPath(target)))
                {
                    context.Error.WriteLine(CliDiagnostic.Error(source.DisplayPath(pdf), RenderCodes.WriteFailed, Text.Format(Messages.ExtractDuplicate, target)));
                    exit = ExitCodes.InputProblems;
                    continue;
                }

                try
                {
                    if (File.Exists(target) && File.ReadAllBytes(target).AsSpan().SequenceEqual(source.Bytes))
                    {
                        context.Out.WriteLine(target);
                        continue;
                    }

                    if (File.Exists(target) && !force)
                    {
                        context.Error.WriteLine(CliDiagnostic.Error(source.DisplayPath(pdf), RenderCodes.WriteFailed, Text.Format(Messages.ExtractExists, target)));
                        exit = ExitCodes.InputProblems;
                        continue;
                    }

                    Directory.CreateDirectory(folder);
                    AtomicFile.Write(target, source.Bytes);
                    context.Out.WriteLine(target);
                }
                catch (Exception e) when (e is IOException or UnauthorizedAccessException)
                {
                    context.Error.WriteLine(CliDiagnostic.Error(source.DisplayPath(pdf), RenderCodes.WriteFailed, Text.Format(Messages.CannotWrite, target, e.Message)));
                    exit = ExitCodes.InputProblems;
                }
            }
        }

        return exit;
    }
}
