using Briefing.Cli.Files;
using Briefing.Cli.Output;
using Briefing.Cli.Rendering;
using Briefing.Cli.Resources;
using Briefing.Diagnostics;
using Briefing.Loading;
using Briefing.Model;
using Briefing.Rendering;
using Briefing.Snapshots.Images;
using Briefing.Snapshots.Pdf;
using Briefing.Snapshots.Verification;
using Briefing.Typesetting.Fonts;

namespace Briefing.Cli.Snapshots;

/// <summary>
/// One <c>brief snapshot</c> run: load every brief, render each valid one in each of its languages in memory,
/// and compare its text (and with <c>--png</c> page) snapshots with the verified files in the folder, writing them
/// (the default) or writing <c>.received</c> files and reporting the differences (<c>--check</c>). Briefs run in
/// parallel; their output is printed in the order given.
/// </summary>
internal sealed class SnapshotRun(CommandContext context, SnapshotRequest request)
{
    private readonly RenderingServices _services = new();

    /// <summary>Runs the whole request and returns the exit code.</summary>
    public int Execute()
    {
        var files = BriefFiles.Expand(request.Paths, context.Error, out var exit);

        if (files.Count == 0)
        {
            return exit;
        }

        // Checked once up front: without it every page of every brief would fail the same way.
        if (request.Png && !PageImages.IsAvailable())
        {
            context.Error.WriteLine(Text.Format(Messages.SnapshotPdftoppmMissing, SnapshotCodes.PdftoppmMissing, PageImages.Pdftoppm, PdftoppmMissingException.InstallHint));
            return ExitCodes.InputProblems;
        }

        try
        {
            var outcomes = new BriefSnapshotOutcome[files.Count];
            var briefs = Load(files, outcomes);
            var store = new SnapshotStore(request.Folder, Options(), (path, bytes) => AtomicFile.Write(path, bytes));
            Parallel.For(0, files.Count, new ParallelOptions { MaxDegreeOfParallelism = Environment.ProcessorCount }, i =>
            {
                if (briefs[i] is { } brief)
                {
                    SnapshotOne(files[i], brief, store, outcomes[i]);
                }
            });

            return Print(outcomes, exit);
        }
        finally
        {
            _services.Dispose();
        }
    }

    private SnapshotOptions Options() => new(Accept: !request.Check, BuildServer: false)
    {
        // The user asked for this explicitly, so CI does not stop it; the hint names the command that accepts.
        AcceptHint = Text.Format(Messages.SnapshotAcceptHint, AcceptCommand()),
    };

    private string AcceptCommand()
    {
        var parts = new List<string> { "brief", "snapshot" };
        foreach (var path in request.Paths)
        {
            parts.Add(Quote(path));
        }

        parts.Add("--dir");
        parts.Add(Quote(request.Folder));
        if (request.Png)
        {
            parts.Add("--png");
        }

        return string.Join(' ', parts);
    }

    private static string Quote(string argument) =>
        argument.Length > 0 && argument.IndexOfAny([' ', '\'', '"', '$', '`', '\\']) < 0 ? argument : "'" + argument.Replace("'", "'\\''", StringComparison.Ordinal) + "'";

    private static Brief?[] Load(IReadOnlyList<string> files, BriefSnapshotOutcome[] outcomes)
    {
        var briefs = new Brief?[files.Count];
        Parallel.For(0, files.Count, i =>
        {
            var outcome = new BriefSnapshotOutcome();
            outcomes[i] = outcome;
            var result = new BriefLoader().Load(files[i]);
            foreach (var diagnostic in result.Diagnostics)
            {
                if (diagnostic.Severity == Severity.Error)
                {
                    outcome.Fail(diagnostic.ToString());
                }
                else
                {
                    outcome.Warn(diagnostic.ToString());
                }
            }

            if (result.Brief is { } brief && outcome.Errors == 0)
            {
                if (IsSafeName(brief.Id))
                {
                    briefs[i] = brief;
                }
                else
                {
                    outcome.Fail(CliDiagnostic.Error(files[i], SnapshotCodes.WriteFailed, Text.Format(Messages.UnsafeId, brief.Id)));
                }
            }
        });

        // Two briefs with one id would write the same snapshot files: the first in command-line order keeps them.
        var owners = new Dictionary<string, string>(StringComparer.Ordinal);
        for (var i = 0; i < files.Count; i++)
        {
            if (briefs[i] is not { } brief)
            {
                continue;
            }

            if (owners.TryGetValue(brief.Id, out var owner))
            {
                outcomes[i].Fail(CliDiagnostic.Error(files[i], RenderCodes.DuplicateTarget, Text.Format(Messages.SnapshotDuplicateId, brief.Id, owner)));
                briefs[i] = null;
            }
            else
            {
                owners.Add(brief.Id, files[i]);
            }
        }

        return briefs;
    }

    private void SnapshotOne(string file, Brief brief, SnapshotStore store, BriefSnapshotOutcome outcome)
    {
        foreach (var language in brief.Languages)
        {
            var pdf = RenderPdf(file, brief, language, outcome);
            if (pdf is null)
            {
                continue;
            }

            var name = $"{brief.Id}.{language}";
            try
            {
                Record(file, store.VerifyText(name, PdfSnapshot.FromPdf(pdf)), outcome, store, textual: true);
                if (request.Png)
                {
                    Record(file, store.VerifyPages(name, PageImages.Render(pdf, SnapshotRequest.Dpi)), outcome, store, textual: false);
                }
            }
            catch (PdftoppmMissingException e)
            {
                outcome.Fail(CliDiagnostic.Error(file, SnapshotCodes.PdftoppmMissing, e.Message));
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                outcome.Fail(CliDiagnostic.Error(file, SnapshotCodes.WriteFailed, Text.Format(Messages.SnapshotCannotWrite, name, request.Folder, e.Message)));
            }
        }
    }

    private void Record(string file, SnapshotResult result, BriefSnapshotOutcome outcome, SnapshotStore store, bool textual)
    {
        var kind = textual ? Messages.SnapshotKindText : Messages.SnapshotKindPages;
        switch (result.Outcome)
        {
            case Briefing.Snapshots.Verification.SnapshotOutcome.Matched:
                outcome.Matched++;
                break;
            case Briefing.Snapshots.Verification.SnapshotOutcome.Accepted:
                outcome.Accepted++;
                outcome.Written.AddRange(result.WrittenFiles);
                break;
            case Briefing.Snapshots.Verification.SnapshotOutcome.Missing:
                outcome.Missing++;
                outcome.Fail(CliDiagnostic.Error(file, SnapshotCodes.Missing, Text.Format(Messages.SnapshotMissing, kind, result.Name, store.Directory)));
                outcome.Reports.Add(result.Message);
                break;
            default:
                outcome.Changed++;
                outcome.Fail(CliDiagnostic.Error(file, SnapshotCodes.Differs, Text.Format(Messages.SnapshotDiffers, kind, result.Name, Received(result))));
                outcome.Reports.Add(result.Message);
                break;
        }
    }

    private static string Received(SnapshotResult result)
    {
        // The first received file is where a reviewer looks; the rest (more pages, diff masks) sit beside it.
        foreach (var path in result.WrittenFiles)
        {
            if (path.Contains(".received.", StringComparison.Ordinal))
            {
                return path;
            }
        }

        return result.WrittenFiles.Count > 0 ? result.WrittenFiles[0] : "";
    }

    private byte[]? RenderPdf(string file, Brief brief, string language, BriefSnapshotOutcome outcome)
    {
        var renderer = _services.Renderer();
        if (renderer is null)
        {
            outcome.Fail(CliDiagnostic.Error(file, RenderCodes.FontsMissing, _services.FontFailure!.Message));
            return null;
        }

        return GuardedRender.Pdf(renderer, file, brief, language, null, outcome.Fail);
    }
    private int Print(BriefSnapshotOutcome[] outcomes, int exit)
    {
        int matched = 0, accepted = 0, changed = 0, missing = 0, errors = 0, warnings = 0;
        foreach (var outcome in outcomes)
        {
            foreach (var report in outcome.Reports)
            {
                context.Out.WriteLine(report.TrimEnd('\n'));
                context.Out.WriteLine();
            }

            foreach (var path in outcome.Written)
            {
                context.Out.WriteLine(path);
            }

            foreach (var line in outcome.Problems)
            {
                context.Error.WriteLine(line);
            }

            matched += outcome.Matched;
            accepted += outcome.Accepted;
            changed += outcome.Changed;
            missing += outcome.Missing;
            errors += outcome.Errors;
            warnings += outcome.Warnings;
            exit = ExitCodes.Worst(exit, outcome.ExitCode);
        }

        var summary = Summary.Of(errors, warnings, outcomes.Length);
        context.Error.WriteLine(request.Check
            ? Text.Format(Messages.SnapshotCheckSummary, matched, changed, missing, summary)
            : Text.Format(Messages.SnapshotWriteSummary, accepted, matched, summary));
        return exit;
    }

    private static bool IsSafeName(string id) =>
        id.Length > 0 && id[0] != '.' && id.IndexOfAny(Path.GetInvalidFileNameChars()) < 0 && id.IndexOfAny(['\\', '#']) < 0;
}
