using Briefing.Typesetting.Pdf;

namespace Briefing.Typesetting.Tests.Pdf;

public class ScratchTests
{
    [Fact]
    public void Scratch()
    {
        var w = new PdfDocumentWriter();
        File.WriteAllBytes("/tmp/pdfw/a.pdf", w.Write(SamplePages.TwoPages(), SamplePages.Metadata()));
        File.WriteAllBytes("/tmp/pdfw/b.pdf", w.Write(SamplePages.TwoPages(), SamplePages.Metadata()));
    }
}
