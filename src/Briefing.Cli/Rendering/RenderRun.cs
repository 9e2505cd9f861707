using System.Collections.Concurrent;
using System.Runtime.InteropServices;
using Briefing.Cli.CommandLine;
using Briefing.Cli.Files;
using Briefing.Cli.Output;
using Briefing.Cli.Resources;
using Briefing.Diagnostics;
using Briefing.Loading;
using Briefing.Model;
using Briefing.Rendering;
using Briefing.Sources;
using Briefing.Theming;
using Briefing.Typesetting.Fonts;
using Briefing.Typesetting.Pdf;
using Briefing.Validation;

namespace Briefing.Cli.Rendering;

/// <summary>
/// One <c>brief render</c> run: load every brief, then render each valid one in its languages, one brief
/// per worker across the cores, writing each PDF atomically. A failed render or write removes the old PDF
/// at that target, so that no outdated file looks current; a brief that does not load touches nothing,
/// since its id (and so its targets) cannot be trusted. SIGINT or SIGTERM stops the run between two
/// PDFs: what is being written is finished (atomically), nothing more is started, and the run exits
/// 128 + the signal's number; a second signal ends the process at once.
/// </summary>
internal sealed class RenderRun(CommandContext context, RenderRequest request)
{
    private readonly CancellationTokenSource _interrupt = new();
    private readonly RenderingServices _services = new();
    private readonly ConcurrentDictionary<string, ThemeLoadResult> _themes = new(StringComparer.Ordinal);
    private Theme? _commandTheme;
    private int _signal;

    /// <summary>Runs the whole request and returns the exit code.</summary>
    public int Execute()
    {
        var files = BriefInputs.Expand(BriefFiles.Expand(request.Paths, context.Error, out var exit));
        if (request.IncludeSource && !request.Standards.AllowsEmbeddedFiles())
        {
            context.Error.WriteLine(Messages.SourceLeftOut);
        }

        if (files.Count == 0)
        {
            return exit;
        }

        if (request.Theme is { } themeFile)
        {
            // One theme for every brief: its errors stop the run before anything is rendered.
            var theme = new ThemeLoader().Load(themeFile);
            foreach (var diagnostic in theme.Diagnostics)
            {
                context.Error.WriteLine(diagnostic.ToString());
            }

            if (theme.Theme is null)
            {
                return ExitCodes.InputProblems;
            }

            _commandTheme = theme.Theme;
        }

        using var sigint = PosixSignalRegistration.Create(PosixSignal.SIGINT, OnSignal);
        using var sigterm = PosixSignalRegistration.Create(PosixSignal.SIGTERM, OnSignal);
        try
        {
            // The fonts, the renderer and the faces of the languages asked for do not depend on the briefs: made
            // and loaded on the other core while the briefs load and validate (whoever needs one first waits for
            // it, and a failure is met again, and reported, on the path that needs it; see RenderingServices.Prepare).
            var languages = LanguageSelection.LanguagesOf(request.Languages.Languages);
            _ = Task.Run(() => _services.Prepare(languages));
            var loaded = Load(files);
            var jobs = 0;
            foreach (var item in loaded)
            {
                jobs += item.Languages.Count;
            }

            var progress = ProgressDisplay.TryCreate(context);
            var emitter = new OrderedEmitter(context, files.Count, hold: progress is not null);
            if (progress is null)
            {
                RenderAll(loaded, emitter, () => { });
            }
            else
            {
                progress.Run(Text.Format(Messages.ProgressRendering, jobs), jobs, advance => RenderAll(loaded, emitter, advance));
                emitter.Flush();
            }

            foreach (var item in loaded)
            {
                exit = ExitCodes.Worst(exit, item.Outcome.ExitCode);
            }

            if (_interrupt.IsCancellationRequested)
            {
                var written = 0;
                foreach (var item in loaded)
                {
                    written += item.Outcome.Written.Count;
                }

                var signal = Volatile.Read(ref _signal);
                context.Error.WriteLine(Text.Format(Messages.Interrupted, signal == 15 ? "SIGTERM" : "SIGINT", written));
                return 128 + signal;
            }

            return exit;
        }
        finally
        {
            // _interrupt is not disposed: a signal may still arrive until the registrations above are gone.
            _services.Dispose();
        }
    }

    private void OnSignal(PosixSignalContext signal)
    {
        // The first signal stops the run cleanly; a second one is left to end the process as usual.
        if (Interlocked.CompareExchange(ref _signal, signal.Signal == PosixSignal.SIGTERM ? 15 : 2, 0) == 0)
        {
            signal.Cancel = true;
            _interrupt.Cancel();
        }
    }

    private List<LoadedBrief> Load(IReadOnlyList<BriefInput> files)
    {
        var loaded = new LoadedBrief[files.Count];
        Parallel.For(0, files.Count, Workers(), i => loaded[i] = _interrupt.IsCancellationRequested
            ? new LoadedBrief(files[i].DisplayPath, null, [], new BriefOutcome())
            : LoadOne(files[i]));

        // Two briefs with one id would race for the same PDFs: the first in command-line order keeps them.
        var owners = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var item in loaded)
        {
            if (item.Brief is null)
            {
                continue;
            }

            if (owners.TryGetValue(item.Brief.Id, out var owner))
            {
                item.Outcome.Fail(CliDiagnostic.Error(item.File, RenderCodes.DuplicateTarget,
                    Text.Format(Messages.DuplicateTarget, item.Brief.Id, owner)));
                item.Skip();
            }
            else
            {
                owners.Add(item.Brief.Id, item.File);
            }
        }

        return [.. loaded];
    }

    private LoadedBrief LoadOne(BriefInput input)
    {
        var file = input.DisplayPath;
        var outcome = new BriefOutcome();
        // The drift check only warns: it runs on the other core while the brief renders (see BriefOutcome).
        var result = input.Load(new BriefLoader { DeferTranslationDrift = true });
        outcome.Loaded(result.Diagnostics, result.TranslationDrift);

        if (result.Brief is not { } brief)
        {
            return new LoadedBrief(file, null, [], outcome);
        }

        if (!IsSafeFileName(brief.Id))
        {
            outcome.Fail(CliDiagnostic.Error(file, RenderCodes.WriteFailed, Text.Format(Messages.UnsafeId, brief.Id)));
            return new LoadedBrief(file, null, [], outcome);
        }

        ThemedServices? themed = null;
        if (ThemeOf(input, brief, outcome) is not { } theme)
        {
            return new LoadedBrief(file, null, [], outcome);
        }
        else if (!ReferenceEquals(theme, Theme.Default) && (themed = _services.Themed(theme)) is not null && themed.FontProblems.Count > 0)
        {
            // A family the theme names is not installed: said before rendering, at the theme's line.
            foreach (var diagnostic in themed.FontProblems)
            {
                outcome.Fail(diagnostic.ToString());
            }

            return new LoadedBrief(file, null, [], outcome);
        }

        IReadOnlyList<string> languages = request.Languages.For(brief.Languages, out var missing);
        foreach (var language in missing)
        {
            outcome.Fail(CliDiagnostic.Error(file, RenderCodes.LanguageNotInBrief,
                Text.Format(Messages.LanguageNotInBrief, language, string.Join(", ", brief.Languages))));
            RemoveOutdated(file, Target(brief, language), outcome);
        }

        // A parallel edition with a language the brief lacks is not rendered either: its old PDF goes too.
        foreach (var edition in request.Languages.Languages)
        {
            if (missing.Count > 0 && !languages.Contains(edition, StringComparer.OrdinalIgnoreCase) && LanguageSelection.LanguagesOf([edition]).Count > 1)
            {
                RemoveOutdated(file, Target(brief, edition), outcome);
            }
        }

        if ((themed is null ? _services.Coverage() : themed.Coverage) is { } coverage)
        {
            // A language with a character no font covers is not rendered (its old PDF goes); the others are.
            var covered = new List<string>(languages.Count);
            foreach (var language in languages)
            {
                var uncovered = coverage.Check(brief, LanguageSelection.LanguagesOf([language]));
                foreach (var diagnostic in uncovered)
                {
                    outcome.Fail(diagnostic.ToString());
                }

                if (uncovered.Count == 0)
                {
                    covered.Add(language);
                }
                else
                {
                    RemoveOutdated(file, Target(brief, language), outcome);
                }
            }

            languages = covered;
        }

        var source = request.EmbedsSource && result.Source is { } bytes ? SourceAttachment.For(input.SourceName, bytes) : null;
        return new LoadedBrief(file, brief, languages, outcome, source) { Themed = themed };
    }

    // --theme, else the brief's own theme: key (relative to the brief), else the default look; null after its errors.
    private Theme? ThemeOf(BriefInput input, Brief brief, BriefOutcome outcome)
    {
        if (_commandTheme is not null)
        {
            return _commandTheme;
        }

        if (brief.Theme is not { } relative)
        {
            return Theme.Default;
        }

        var path = Path.Combine(Path.GetDirectoryName(input.Path) ?? string.Empty, relative);
        var result = _themes.GetOrAdd(Path.GetFullPath(path), _ => new ThemeLoader().Load(path, brief.ThemeSpan));
        foreach (var diagnostic in result.Diagnostics)
        {
            if (diagnostic.Severity == Severity.Error)
            {
                outcome.Fail(diagnostic.ToString());
            }
            else
            {
                outcome.Problems.Add(diagnostic.ToString());
            }
        }

        return result.Theme;
    }

    private void RenderAll(List<LoadedBrief> loaded, OrderedEmitter emitter, Action advance)
    {
        Parallel.For(0, loaded.Count, Workers(), i =>
        {
            var item = loaded[i];
            if (item.Brief is not null && !_interrupt.IsCancellationRequested)
            {
                RenderOne(item, advance);
            }

            item.Outcome.Settle();
            emitter.Complete(i, item.Outcome);
        });
    }

    private void RenderOne(LoadedBrief item, Action advance)
    {
        var brief = item.Brief!;
        var outcome = item.Outcome;
        if (item.Languages.Count == 0)
        {
            return;
        }

        try
        {
            Directory.CreateDirectory(request.OutFolder);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            outcome.Fail(CliDiagnostic.Error(item.File, RenderCodes.WriteFailed, Text.Format(Messages.CannotCreateFolder, request.OutFolder, e.Message)));
            return;
        }

        foreach (var language in item.Languages)
        {
            var target = Target(brief, language);
            try
            {
                if (_interrupt.IsCancellationRequested)
                {
                    continue;
                }

                var pdf = RenderPdf(item, language);
                if (_interrupt.IsCancellationRequested)
                {
                    continue; // interrupted while rendering: write nothing new
                }

                if (pdf is null)
                {
                    RemoveOutdated(item.File, target, outcome);
                    continue;
                }

                try
                {
                    AtomicFile.Write(target, pdf);
                    outcome.Written.Add(target);
                }
                catch (Exception e) when (e is IOException or UnauthorizedAccessException)
                {
                    outcome.Fail(CliDiagnostic.Error(item.File, RenderCodes.WriteFailed, Text.Format(Messages.CannotWrite, target, e.Message)));
                    RemoveOutdated(item.File, target, outcome);
                }
            }
            finally
            {
                advance();
            }
        }
    }

    private byte[]? RenderPdf(LoadedBrief item, string language)
    {
        var renderer = item.Themed is { } themed ? themed.Renderer : _services.Renderer();
        if (renderer is null)
        {
            item.Outcome.Fail(CliDiagnostic.Error(item.File, RenderCodes.FontsMissing, _services.FontFailure!.Message));
            return null;
        }

        return GuardedRender.Pdf(renderer, item.File, item.Brief!, language, request.Paper, request.Standards,
            item.Source is { } source ? [source] : [], item.Outcome.Fail, request.Frame);
    }

    private static void RemoveOutdated(string file, string target, BriefOutcome outcome)
    {
        if (File.Exists(target) && !AtomicFile.TryDelete(target))
        {
            outcome.Fail(CliDiagnostic.Error(file, RenderCodes.WriteFailed, Text.Format(Messages.CannotRemoveOutdated, target)));
        }
    }

    private string Target(Brief brief, string language) => Path.Combine(request.OutFolder, $"{brief.Id}.{language}.pdf");

    private static bool IsSafeFileName(string id) =>
        id.Length > 0 && id != "." && id != ".." && id.IndexOfAny(Path.GetInvalidFileNameChars()) < 0 && id.IndexOf('\\') < 0;

    private static ParallelOptions Workers() => new() { MaxDegreeOfParallelism = Environment.ProcessorCount };
}
