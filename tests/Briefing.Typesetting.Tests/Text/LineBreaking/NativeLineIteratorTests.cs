using Briefing.Typesetting.Text.LineBreaking;
using Icu;

namespace Briefing.Typesetting.Tests.Text.LineBreaking;

public sealed class NativeLineIteratorTests
{
    private const string Mixed =
        "한-캐나다 정상회담(경주)에서 SMR·AI 협력을 논의했다.\n" +
        "Leaders met on 30 Oct 2025 — \"APEC week\"; trade reached US$16bn.\r\n끝 😀 emoji, 3.5%!";

    [Fact]
    public void The_system_icu_is_found_on_linux()
    {
        // Given Debian's libicu (a dependency of .NET on Linux)
        using var iterator = NativeLineIterator.TryOpen("");

        // Then the direct binding is used rather than icu.net
        Assert.NotNull(iterator);
        Assert.Matches(@"^\d+\.\d+", iterator!.IcuVersion);
    }

    [Fact]
    public void The_version_in_use_is_one_the_loader_cache_names()
    {
        // Given an iterator open on the system's ICU
        using var iterator = NativeLineIterator.TryOpen("")!;

        // When the dynamic loader's cache is read, Then it names that ICU's major version
        Assert.Contains(iterator.IcuVersion.Split('.')[0], NativeLineIterator.CachedMajorVersions("/etc/ld.so.cache"));
    }

    [Fact]
    public void The_loader_cache_gives_every_libicuuc_major_version_newest_first()
    {
        // Given a cache that names two versions (twice, as a real one does for the file and its link) among other libraries
        var cache = Path.GetTempFileName();
        try
        {
            File.WriteAllBytes(cache, "ld.so-1.7.0\0libicui18n.so.74\0libicuuc.so.72\0/lib/libicuuc.so.72\0libicuuc.so.74\0libz.so.1\0libicuuc.so.\0"u8.ToArray());

            // When it is read, Then each libicuuc version comes once, the newest first, and nothing else
            Assert.Equal(["74", "72"], NativeLineIterator.CachedMajorVersions(cache));
        }
        finally
        {
            File.Delete(cache);
        }

        // And a missing cache gives none (the versions are then probed one by one)
        Assert.Empty(NativeLineIterator.CachedMajorVersions(cache));
    }

    [Fact]
    public void Direct_icu_calls_give_the_same_boundaries_as_icu_net()
    {
        // Given the same text through icu.net and through the C API
        Wrapper.Init();
        var expected = BreakIterator.GetBoundaries(BreakIterator.UBreakIteratorType.LINE, new Locale(""), Mixed)
            .Select(b => b.End).ToArray();
        using var iterator = NativeLineIterator.TryOpen("")!;
        var actual = new List<int>();

        // When
        iterator.Boundaries(Mixed, actual);

        // Then
        Assert.Equal(expected, actual);
    }

    [Fact]
    public void One_iterator_serves_many_texts_of_any_length()
    {
        using var iterator = NativeLineIterator.TryOpen("")!;
        var first = new List<int>();
        var second = new List<int>();

        iterator.Boundaries(Mixed, first);
        iterator.Boundaries("", second);
        iterator.Boundaries(Mixed, second);

        Assert.Equal(first, second);
    }
}
