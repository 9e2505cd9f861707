using System.Diagnostics;
using System.Runtime.InteropServices;
using Briefing.Cli.CommandLine;
using Briefing.Cli.Files;
using Briefing.Cli.Output;
using Briefing.Cli.Rendering;
using Briefing.Cli.Resources;
using Briefing.Diagnostics;
using Briefing.Loading;
using Briefing.Sources;
using Briefing.Typesetting.Pdf;

namespace Briefing.Cli.Watching;

/// <summary>
/// One <c>brief watch</c> session: renders every brief once, then again each time one changes, until
/// SIGINT or SIGTERM (exit 130 or 143). Fonts, renderer and coverage check are loaded once and stay warm.
/// Each folder that holds a watched brief has one <see cref="FileSystemWatcher"/>; its events go through a
/// <see cref="ChangeQueue"/>, so a burst of saves is one render. Diagnostics print as <c>validate</c> prints
/// them; a brief with errors writes nothing, so the last good PDF stays, and a new PDF replaces it atomically.
/// </summary>
internal sealed class WatchRun(CommandContext context, WatchRequest request)
{
    private readonly CancellationTokenSource _stop = new();
    private readonly RenderingServices _services = new();
    private readonly BriefLoader _loader = new();
    private readonly PageImageWriter _images = new();
    private int _signal;

    /// <summary>Runs until interrupted and returns the exit code (128 + the signal).</summary>
    public int Execute()
    {
        using var sigint = PosixSignalRegistration.Create(PosixSignal.SIGINT, OnSignal);
        using var sigterm = PosixSignalRegistration.Create(PosixSignal.SIGTERM, OnSignal);
        var queue = new ChangeQueue(request.Quiet);
        var watchers = new List<FileSystemWatcher>();
        try
        {
            // The watchers start before the first render, so that a save during it is not missed.
            foreach (var folder in Folders())
            {
                watchers.Add(Watch(folder, queue));
            }

            var files = Files();
            context.Error.WriteLine(Text.Format(Messages.WatchStarted, files.Count, watchers.Count));
            foreach (var file in files)
            {
                Render(file);
            }

            while (!_stop.IsCancellationRequested)
            {
                var (paths, everything) = queue.Next(_stop.Token);
                foreach (var file in Files())
                {
                    if (everything || paths.Contains(Path.GetFullPath(file), StringComparer.Ordinal))
                    {
                        Render(file);
                    }
                }
            }
        }
        catch (OperationCanceledException) when (_stop.IsCancellationRequested)
        {
            // Ctrl-C: the end of the session, not an error.
        }
        finally
        {
            foreach (var watcher in watchers)
            {
                watcher.Dispose();
            }

            _services.Dispose();
        }

        var signal = Volatile.Read(ref _signal);
        context.Error.WriteLine(Text.Format(Messages.WatchStopped, signal == 15 ? "SIGTERM" : "SIGINT"));
        return 128 + signal;
    }

    private void OnSignal(PosixSignalContext signal)
    {
        if (Interlocked.CompareExchange(ref _signal, signal.Signal == PosixSignal.SIGTERM ? 15 : 2, 0) == 0)
        {
            signal.Cancel = true;
            _stop.Cancel();
        }
    }

    /// <summary>The briefs now: folders are listed again each time, so a brief added to one is picked up.</summary>
    private IReadOnlyList<string> Files() => BriefFiles.Expand(request.Paths, out _);

    /// <summary>The folders to watch: each folder given, and the folder of each file given.</summary>
    private List<string> Folders()
    {
        var folders = new SortedSet<string>(StringComparer.Ordinal);
        foreach (var path in request.Paths)
        {
            var full = Path.GetFullPath(path);
            folders.Add(Directory.Exists(full) ? full : Path.GetDirectoryName(full)!);
        }

        return [.. folders.Where(Directory.Exists)];
    }

    private static FileSystemWatcher Watch(string folder, ChangeQueue queue)
    {
        // The whole folder, not only the brief's name: an editor that saves by rename writes another name
        // first and renames it over the brief, and the rename's new name is what says the brief changed.
        var watcher = new FileSystemWatcher(folder)
        {
            NotifyFilter = NotifyFilters.FileName | NotifyFilters.LastWrite | NotifyFilters.Size | NotifyFilters.CreationTime,
            IncludeSubdirectories = false,
            InternalBufferSize = 64 * 1024,
        };
        watcher.Changed += (_, e) => queue.Add(e.FullPath);
        watcher.Created += (_, e) => queue.Add(e.FullPath);
        watcher.Deleted += (_, e) => queue.Add(e.FullPath);
        watcher.Renamed += (_, e) =>
        {
            queue.Add(e.FullPath);
            queue.Add(e.OldFullPath);
        };
        watcher.Error += (_, _) => queue.AddEverything();
        watcher.EnableRaisingEvents = true;
        return watcher;
    }

    private void Render(string file)
    {
        var clock = Stopwatch.StartNew();
        if (!File.Exists(file))
        {
            // Gone (deleted, or renamed away): its PDFs stay as they were; a new save brings it back.
            context.Error.WriteLine(Text.Format(Messages.WatchGone, file));
            return;
        }

        var result = _loader.Load(file);
        var diagnostics = new List<Diagnostic>(result.Diagnostics);
        IReadOnlyList<string> languages = [];
        if (result.Brief is { } loaded)
        {
            languages = request.Languages.For(loaded.Languages, out var missing);
            foreach (var language in missing)
            {
                context.Error.WriteLine(CliDiagnostic.Error(file, RenderCodes.LanguageNotInBrief,
                    Text.Format(Messages.LanguageNotInBrief, language, string.Join(", ", loaded.Languages))));
            }

            if (_services.Coverage() is { } coverage)
            {
                diagnostics.AddRange(coverage.Check(loaded, LanguageSelection.LanguagesOf(languages)));
            }
        }

        foreach (var diagnostic in diagnostics)
        {
            context.Error.WriteLine(diagnostic.ToString());
        }

        if (result.Brief is not { } brief || diagnostics.Any(d => d.Severity == Severity.Error))
        {
            context.Error.WriteLine(Text.Format(Messages.WatchKept, file));
            return;
        }

        var renderer = _services.Renderer();
        if (renderer is null)
        {
            context.Error.WriteLine(CliDiagnostic.Error(file, RenderCodes.FontsMissing, _services.FontFailure!.Message));
            return;
        }

        var written = new List<string>(languages.Count);
        var attachments = request.IncludeSource && result.Source is { } bytes ? [SourceAttachment.For(file, bytes)] : Array.Empty<Typesetting.Pdf.Attachments.FileAttachment>();
        foreach (var language in languages)
        {
            var pdf = GuardedRender.Pdf(renderer, file, brief, language, request.Paper, PdfStandards.None, attachments,
                (line, _) => context.Error.WriteLine(line));
            if (pdf is null)
            {
                continue; // the reason is printed; the last good PDF stays
            }

            var target = Path.Combine(request.OutFolder, $"{brief.Id}.{language}.pdf");
            try
            {
                Directory.CreateDirectory(request.OutFolder);
                AtomicFile.Write(target, pdf);
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                context.Error.WriteLine(CliDiagnostic.Error(file, RenderCodes.WriteFailed, Text.Format(Messages.CannotWrite, target, e.Message)));
                continue;
            }

            context.Out.WriteLine(target);
            context.Out.Flush();
            written.Add(target);
        }

        // The time to the PDFs on disk; page images come after and are not part of it.
        context.Error.WriteLine(Text.Format(Messages.WatchRendered, file, clock.Elapsed.TotalMilliseconds.ToString("F0", System.Globalization.CultureInfo.InvariantCulture)));
        if (request.Png)
        {
            foreach (var target in written)
            {
                _images.Write(target, context.Error);
            }
        }
    }
}
