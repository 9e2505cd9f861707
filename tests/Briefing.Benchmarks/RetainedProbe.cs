using System.Globalization;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using Briefing.Typesetting.Drawing;
using Briefing.Typesetting.Fonts;
using Briefing.Typesetting.Fonts.Shaping;
using Briefing.Typesetting.Text;

namespace Briefing.Benchmarks;

/// <summary>
/// <c>retained [PAGES]</c>: what a layout of the engine sample allocates and what its page recordings keep
/// alive until they are written (the memory every garbage collection during a long layout has to copy), with
/// the recorded objects counted by kind; with <c>--types</c>, the runtime's allocation samples by type. Numbers only.
/// </summary>
public static class RetainedProbe
{
    /// <summary>Lays the sample out once and prints the table.</summary>
    public static int Run(string[] args)
    {
        int pages = args.Length > 0 ? int.Parse(args[0], CultureInfo.InvariantCulture) : 100;
        using var sampler = args.Contains("--types") ? new AllocationSampler() : null;
        using var typesetter = new Typesetter(DefaultFonts.Load());
        var sections = SampleDocument.SectionsFor(typesetter, pages);
        SampleDocument.Build(typesetter, sections).LayOut();

        GC.Collect();
        GC.WaitForPendingFinalizers();
        GC.Collect();
        var before = GC.GetTotalMemory(forceFullCollection: true);
        sampler?.Start();
        var allocatedBefore = GC.GetAllocatedBytesForCurrentThread();
        var recordings = SampleDocument.Build(typesetter, sections).LayOut();
        var allocated = GC.GetAllocatedBytesForCurrentThread() - allocatedBefore;
        var samples = sampler?.Stop();
        var after = GC.GetTotalMemory(forceFullCollection: true);

        int commands = 0, texts = 0, chars = 0, glyphs = 0, capacity = 0, grown = 0;
        var runs = new HashSet<TextRun>(ReferenceEqualityComparer.Instance);
        var strings = new HashSet<string>(ReferenceEqualityComparer.Instance);
        var glyphArrays = new HashSet<ShapedGlyph[]>(ReferenceEqualityComparer.Instance);
        var kinds = new SortedDictionary<string, int>(StringComparer.Ordinal);
        foreach (var page in recordings)
        {
            if (page.Commands is List<DrawCommand> list)
            {
                capacity += list.Capacity;
                grown += list.Capacity >= 2 * list.Count ? 1 : 0;
            }

            foreach (var command in page.Commands)
            {
                commands++;
                var kind = command.GetType().Name;
                kinds[kind] = kinds.GetValueOrDefault(kind) + 1;
                if (command is not DrawCommand.Text text)
                    continue;
                texts++;
                if (!runs.Add(text.Run))
                    continue;
                chars += text.Run.Text.Length;
                glyphs += text.Run.Glyphs.Length;
                strings.Add(text.Run.Text);
                if (MemoryMarshal.TryGetArray(text.Run.Glyphs, out var segment) && segment.Array is { } array)
                    glyphArrays.Add(array);
            }
        }

        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{recordings.Count} pages: allocated {allocated / 1024.0 / 1024:F2} MB, retained by the recordings {(after - before) / 1024.0 / 1024:F2} MB ({(after - before) / 1024.0 / recordings.Count:F1} KB a page)"));
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{commands} commands, {texts} text commands, {runs.Count} distinct runs, {strings.Count} distinct strings ({chars} chars), {glyphs} glyphs in {glyphArrays.Count} glyph arrays ({Unsafe.SizeOf<ShapedGlyph>()} bytes a glyph)"));
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"page lists: room for {capacity} commands ({(capacity - commands) * 8 / 1024.0:F1} KB unused), {grown} of them at least half empty"));
        foreach (var (kind, count) in kinds)
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  {kind}: {count}"));
        if (samples is not null)
        {
            Console.WriteLine("allocation samples (about one per 100 KB) by type:");
            foreach (var (type, count, bytes) in samples.Take(25))
                Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  {count,5}  {bytes / 1024.0 / 1024:F2} MB  {type}"));
        }

        GC.KeepAlive(recordings);
        return 0;
    }
}
