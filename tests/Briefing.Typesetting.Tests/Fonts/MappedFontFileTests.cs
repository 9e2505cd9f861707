using System.Runtime.CompilerServices;
using Briefing.Typesetting.Fonts;
using Briefing.Typesetting.Fonts.Subsetting;
using Briefing.Typesetting.Tests.Fonts.Subsetting;

namespace Briefing.Typesetting.Tests.Fonts;

/// <summary>
/// Fonts are mapped, not read (issue 19): a subset reads the mapped outlines and gives the same bytes as the
/// file, and a mapping goes away once nothing uses it (no address space or map entry kept per font loaded).
/// </summary>
public sealed class MappedFontFileTests : IDisposable
{
    // A copy with its own path, so that no other test's mapping of the same font is counted.
    private readonly string _copy = Path.Combine(Path.GetTempPath(), $"mapped-font-{Guid.NewGuid():N}.ttf");

    public MappedFontFileTests() => File.Copy(SubsetFonts.NanumGothic, _copy);

    public void Dispose() => File.Delete(_copy);

    [Fact]
    public void A_span_of_the_mapping_is_the_file_s_bytes_and_a_range_past_the_end_is_a_font_error()
    {
        var mapped = MappedFontFile.Open(_copy);
        var bytes = File.ReadAllBytes(_copy);

        Assert.True(mapped.Span(1000, 4096, "test range").SequenceEqual(bytes.AsSpan(1000, 4096)));
        Assert.Throws<UnsupportedFontException>(() => mapped.Span(bytes.Length - 10, 11, "test range").Length);
    }

    [Fact]
    public void A_mapping_is_unmapped_once_nothing_uses_it()
    {
        if (!OperatingSystem.IsLinux())
            return; // /proc/self/maps lists the mappings

        Assert.True(SubsetOnce(_copy) > 0, "the subset did not map the font");

        // Releasing takes a finalizer after the subset's objects are collected; with other test classes
        // collecting and finalizing in parallel, three rounds were sometimes not enough (2 runs in 5).
        for (var i = 0; i < 10 && Mappings() > 0; i++)
        {
            GC.Collect();
            GC.WaitForPendingFinalizers();
        }

        Assert.Equal(0, Mappings());
    }

    // The mappings are counted while the font is still in use: once this returns, a collection that another test
    // class starts may finalize it at any moment, so a count taken after the call could already be 0 (it was, once).
    [MethodImpl(MethodImplOptions.NoInlining)]
    private int SubsetOnce(string path)
    {
        var program = FontProgram.Load(path);
        var subset = program.Subset([36, 37, 38]);
        Assert.True(subset.Data.Length > 0);
        var mapped = Mappings();
        GC.KeepAlive(program);
        return mapped;
    }

    private int Mappings() => File.ReadAllLines("/proc/self/maps").Count(line => line.EndsWith(_copy, StringComparison.Ordinal));
}
