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
    public void The_version_already_loaded_is_read_from_the_process_maps_and_is_the_one_used()
    {
        // Given an iterator open (so libicuuc is mapped into this process, whoever loaded it first)
        using var iterator = NativeLineIterator.TryOpen("")!;

        // When the mapped library's version is read, Then it is the major version of the ICU the iterator uses
        Assert.Equal(iterator.IcuVersion.Split('.')[0], NativeLineIterator.LoadedMajorVersion());
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
