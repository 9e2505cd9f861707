using Briefing.Composition;
using Briefing.Loading;
using Briefing.Tests.Samples;
using Briefing.Typesetting.Layout;

namespace Briefing.Tests.Composition;

public sealed class BriefFieldsTests
{
    private static readonly Model.Brief Full = new BriefLoader().Load(SampleBriefs.Full, "briefs/full.yaml").Brief!;

    [Fact]
    public void A_failure_inside_a_named_part_is_placed_at_that_field()
    {
        var failure = new LayoutException(3, "content does not fit even on an empty page: Column > 'sections[0]' > Column > Paragraph: needs 10 x 900");

        var (field, span) = BriefFields.Locate(Full, failure);

        Assert.Equal("sections[0]", field);
        Assert.Equal(Full.Sections[0].Span, span);
        Assert.Equal(("briefs/full.yaml", 64), (span.File, span.Line));
    }

    [Fact]
    public void The_innermost_named_part_wins()
    {
        var failure = new LayoutException(1, "content does not fit even on an empty page: 'title' > Column > 'summary' > Paragraph");

        Assert.Equal("summary", BriefFields.Locate(Full, failure).Field);
    }

    [Fact]
    public void A_running_header_that_cannot_be_laid_out_is_the_title()
    {
        var failure = new LayoutException(2, "the header grew taller than the space reserved for it (its height must not depend on page numbers)");

        Assert.Equal(("title", Full.Title.Span), BriefFields.Locate(Full, failure));
    }

    [Fact]
    public void A_failure_no_part_names_is_placed_at_the_brief()
    {
        var failure = new LayoutException(10_001, "the document needs more than 10000 pages");

        Assert.Equal(("the brief", Full.Span), BriefFields.Locate(Full, failure));
    }
}
