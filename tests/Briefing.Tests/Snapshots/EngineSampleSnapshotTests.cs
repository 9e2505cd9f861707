using Briefing.Testing;
using Briefing.Typesetting.Fonts;
using Briefing.Typesetting.Sample;
using Briefing.Typesetting.Text;

namespace Briefing.Tests.Snapshots;

/// <summary>
/// The typesetting engine's sample documents (issues 2 and 3) match their committed text and page snapshots,
/// <c>EngineSampleSnapshotTests.&lt;Method&gt;.verified.txt</c> and <c>#page_0001.verified.png</c>... beside this file.
/// </summary>
public sealed class EngineSampleSnapshotTests : IDisposable
{
    private readonly Typesetter _typesetter = new(DefaultFonts.Load());

    [Fact]
    public void The_mixed_paragraphs_sample_reads_back_and_looks_as_verified()
    {
        Snapshot.VerifyPdf(MixedParagraphsSample.Build(_typesetter).Document.GeneratePdf());
    }

    [Fact]
    public void The_report_sample_reads_back_and_looks_as_verified()
    {
        Snapshot.VerifyPdf(ReportSample.Build(_typesetter).Document.GeneratePdf());
    }

    public void Dispose() => _typesetter.Dispose();
}
