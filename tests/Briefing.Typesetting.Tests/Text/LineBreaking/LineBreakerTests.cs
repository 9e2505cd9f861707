using Briefing.Typesetting.Text.LineBreaking;

namespace Briefing.Typesetting.Tests.Text.LineBreaking;

public sealed class LineBreakerTests : IDisposable
{
    private readonly LineBreaker _breaker = new();

    private int[] Breaks(string text, bool keepAll) =>
        _breaker.FindBreaks(text, keepAll).Select(b => b.Index).ToArray();

    public void Dispose() => _breaker.Dispose();

    [Fact]
    public void Default_rules_break_between_hangul_syllables()
    {
        Assert.Equal([1, 2, 3, 5, 6, 7, 8, 9], Breaks("대한민국 정상회담", keepAll: false));
    }

    [Fact]
    public void Keep_all_never_breaks_between_two_hangul_syllables()
    {
        Assert.Equal([5, 9], Breaks("대한민국 정상회담", keepAll: true));
    }

    [Fact]
    public void Keep_all_keeps_breaks_around_punctuation_but_not_inside_words()
    {
        // 회담(경주)에서, : before "(" and after ")" stay; none inside 회담, 경주, 에서, and none before ","
        Assert.Equal([2, 6, 9], Breaks("회담(경주)에서,", keepAll: true));
    }

    [Fact]
    public void Keep_all_breaks_mixed_korean_and_latin_only_at_spaces()
    {
        Assert.Equal([5, 12, 19, 22], Breaks("APEC 정상회의에서 Carney 총리는", keepAll: true));
    }

    [Fact]
    public void Keep_all_keeps_hangul_and_latin_written_together_as_one_word()
    {
        // ICU alone would break 회담|APEC|에서; keep-all treats the run of letters as one word, as CSS does.
        Assert.Contains(2, Breaks("회담APEC에서", keepAll: false));
        Assert.Contains(6, Breaks("회담APEC에서", keepAll: false));
        Assert.Equal([8], Breaks("회담APEC에서", keepAll: true));
    }

    [Fact]
    public void Keep_all_keeps_a_hyphenated_korean_compound_whole()
    {
        // UAX #14 breaks after the hyphen of 한-캐나다; keep-all keeps the compound, and an English one breaks as before.
        Assert.Contains(2, Breaks("한-캐나다 정상회담", keepAll: false));
        Assert.Equal([6, 10], Breaks("한-캐나다 정상회담", keepAll: true));
        Assert.Equal([4, 6], Breaks("남\u2010북 회담", keepAll: true));
        Assert.Contains(6, Breaks("Korea-Canada summit", keepAll: true));
    }

    [Fact]
    public void Keep_all_leaves_breaks_between_latin_words_and_ideographs_alone()
    {
        Assert.Equal(Breaks("The summit in 東京 ended.", keepAll: false), Breaks("The summit in 東京 ended.", keepAll: true));
    }

    [Fact]
    public void Breaks_after_newlines_are_mandatory_and_others_are_not()
    {
        // Given "a b\nc\r\nd\re\u2028f"
        var breaks = _breaker.FindBreaks("a b\nc\r\nd\re\u2028f", keepAll: false);

        // Then
        Assert.Equal(
            [new(2, false), new(4, true), new(7, true), new(9, true), new(11, true), new(12, true)],
            breaks);
    }

    [Fact]
    public void Empty_text_has_no_breaks_and_the_end_of_text_is_always_a_mandatory_break()
    {
        Assert.Empty(_breaker.FindBreaks("", keepAll: true));
        Assert.Equal([new BreakOpportunity(3, true)], _breaker.FindBreaks("abc", keepAll: true));
    }

    [Fact]
    public void Indices_count_utf16_code_units_so_astral_characters_take_two()
    {
        // U+20000 (CJK ext. B) is ID: a break after it, at index 2.
        Assert.Equal([2, 3], Breaks("\U00020000a", keepAll: false));
    }

    [Fact]
    public void One_breaker_can_be_used_from_many_threads()
    {
        var expected = Breaks("APEC 정상회의에서 Carney 총리는", keepAll: true);
        Parallel.For(0, 200, _ => Assert.Equal(expected, Breaks("APEC 정상회의에서 Carney 총리는", keepAll: true)));
    }
}
