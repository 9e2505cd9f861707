using Briefing.Model;
using Briefing.Typesetting.Drawing;
using Briefing.Typesetting.Fluent;
using Briefing.Typesetting.Layout;
using Briefing.Typesetting.Pdf;

namespace Briefing.Composition.Frames.Report;

/// <summary>
/// The sources as one ※ line at the end of the report, <c>※ 출처: 제목, 발행처, 2025. 10. 30.</c>, several
/// separated by semicolons; a source with an address links from its title and prints the address after it (not a
/// mail address), both looking like the text around them.
/// </summary>
internal static class ReportSources
{
    /// <summary>The line, or null when the brief cites no sources.</summary>
    public static Element? Build(ReportComposition report)
    {
        var context = report.Context;
        var sources = context.Brief.Sources;
        if (sources.Count == 0)
            return null;
        return report.Prose.Note((p, style) =>
        {
            p.Span(context.Profile.Polish(context.Strings.SectionSources + ":") + " ", style);
            for (var i = 0; i < sources.Count; i++)
            {
                if (i > 0)
                    p.Span("; ", style);
                Source(context, p, style, sources[i]);
            }
        });
    }

    private static void Source(ComposeContext context, ParagraphDescriptor p, Typesetting.Text.TextStyle style, Source source)
    {
        var title = context.Text(source.Title);
        if (source.Url is { } target && ExternalLinkPolicy.IsAllowed(target))
            p.Link(title, new LinkTarget.External(target), style);
        else
            p.Span(title, style);
        if (source.Publisher is { } publisher)
            p.Span(", " + context.Text(publisher), style);
        if (source.Date is { } date)
            p.Span(", " + context.Date(date), style);
        if (source.Url is { } url && ExternalLinkPolicy.IsAllowed(url) && !url.StartsWith("mailto:", StringComparison.OrdinalIgnoreCase))
            p.Span(", ", style).Link(url, new LinkTarget.External(url), style);
    }
}
