using Briefing.Typesetting.Tests.Text.Fakes;
using Briefing.Typesetting.Text;
using Briefing.Typesetting.Text.LineBreaking;

namespace Briefing.Typesetting.Tests.Layout;

/// <summary>
/// A paragraph element that a later layout of the same document reuses hands the cache the span list it was first
/// measured from: found by that list, without comparing text, and only with the same layouter and keep-all setting.
/// </summary>
public sealed class ParagraphFoundBySpansTests : IDisposable
{
    private static readonly TextStyle Latin = new() { FontFamily = "Latin", FontSize = 10 };
    private readonly LineBreaker _breaker = new();
    private readonly ParagraphLayouter _layouter;

    public ParagraphFoundBySpansTests() => _layouter = new ParagraphLayouter(new FakeFontSelector(FixedWidthFace.Latin()), _breaker);

    public void Dispose() => _breaker.Dispose();

    [Fact]
    public void The_same_span_list_is_found_by_itself_and_an_equal_one_by_its_text()
    {
        // Given a cache that measured one list of spans
        var cache = new ParagraphCache();
        TextSpan[] spans = [new TextSpan("abc def", Latin)];
        var first = cache.Prepare(_layouter, spans, keepAll: false);

        // When the same list comes again, and then an equal list that is another instance
        var again = cache.Prepare(_layouter, spans, keepAll: false);
        var foundBySpans = cache.FoundBySpans;
        var equal = cache.Prepare(_layouter, [new TextSpan("abc def", Latin)], keepAll: false);

        // Then both are the first measurement, the first found by its list, the second by comparing text
        Assert.Same(first, again);
        Assert.Same(first, equal);
        Assert.Equal((1, 1, 2), (foundBySpans, cache.FoundBySpans, cache.Reused));
        Assert.Equal(1, cache.Measured);
    }

    [Fact]
    public void The_same_span_list_with_another_keep_all_setting_or_layouter_is_measured_again()
    {
        // Given a cache that measured one list of spans without keep-all
        var cache = new ParagraphCache();
        TextSpan[] spans = [new TextSpan("abc def", Latin)];
        var first = cache.Prepare(_layouter, spans, keepAll: false);
        var other = new ParagraphLayouter(new FakeFontSelector(FixedWidthFace.Latin()), _breaker);

        // When the same list comes with keep-all, and with another layouter
        var keepAll = cache.Prepare(_layouter, spans, keepAll: true);
        var otherLayouter = cache.Prepare(other, spans, keepAll: false);

        // Then each is measured anew, not taken from the first
        Assert.NotSame(first, keepAll);
        Assert.True(keepAll.KeepAll);
        Assert.NotSame(first, otherLayouter);
        Assert.Equal((3, 0), (cache.Measured, cache.FoundBySpans));
    }
}
