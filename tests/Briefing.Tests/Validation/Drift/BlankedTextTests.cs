using Briefing.Validation.Drift;

namespace Briefing.Tests.Validation.Drift;

public sealed class BlankedTextTests
{
    [Fact]
    public void A_text_nothing_is_blanked_out_of_is_the_original_string_not_a_copy()
    {
        const string Original = "no link, no date";

        var text = new BlankedText(Original);

        Assert.Same(Original, text.Current);
        Assert.True(text.Span == Original.AsSpan());
    }

    [Fact]
    public void Every_blank_shows_in_the_text_and_its_span_and_the_original_is_left_alone()
    {
        var original = "see https://x.org/2 on 2025-10-30";
        var text = new BlankedText(original);

        text.Blank(4, 15);
        var once = text.Current;
        text.Blank(23, 10);

        Assert.Equal("see                 on 2025-10-30", once);
        Assert.Equal("see                 on           ", text.Current);
        Assert.Equal(text.Current, text.Span.ToString());
        Assert.Equal("see https://x.org/2 on 2025-10-30", original);
    }

    [Fact]
    public void The_span_shows_a_blank_before_a_string_is_made_again()
    {
        var text = new BlankedText("12 ships");

        text.Blank(0, 2);

        Assert.Equal("   ships", text.Span.ToString());
        Assert.Equal("   ships", text.Current);
    }
}
