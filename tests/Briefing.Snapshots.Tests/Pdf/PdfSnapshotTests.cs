using Briefing.Snapshots.Pdf;
using Briefing.Snapshots.Tests.Support;
using Briefing.Testing;

namespace Briefing.Snapshots.Tests.Pdf;

public sealed class PdfSnapshotTests
{
    [Fact]
    public void A_two_page_document_reads_back_as_info_outline_lines_and_links()
    {
        var snapshot = PdfSnapshot.FromPdf(TestPdfs.TwoPages());

        Snapshot.Verify(snapshot);
    }

    [Fact]
    public void A_korean_page_has_a_text_and_a_png_snapshot()
    {
        // An embedded font keeps the PNG independent of the fonts installed on the machine.
        Snapshot.VerifyPdf(TestPdfs.Korean("대한민국과 캐나다는 정상회담을 가졌다."));
    }

    [Fact]
    public void Lines_read_back_top_down_with_single_spaces_and_whole_point_positions()
    {
        // When
        var lines = PdfSnapshot.FromPdf(TestPdfs.TwoPages()).Split('\n');

        // Then: y counts down from the top of the 842 pt page (842 - 740 = 102).
        Assert.Contains("--- page 1 (595 × 842) ---", lines);
        Assert.Contains("[ 72,  72] Hello world", lines);
        Assert.Contains("[ 72, 102] The quick brown fox jumps", lines);
        Assert.Contains("[ 72, 117] over the lazy dog.", lines);
        Assert.True(Array.IndexOf(lines, "[ 72, 102] The quick brown fox jumps") < Array.IndexOf(lines, "[ 72, 117] over the lazy dog."));
        // Two words on one baseline with no space glyph between them still read as two words.
        Assert.Contains("[ 72, 242] left right", lines);
    }

    [Fact]
    public void Links_show_their_rounded_rectangle_from_the_top_and_their_target()
    {
        var lines = PdfSnapshot.FromPdf(TestPdfs.TwoPages()).Split('\n');

        Assert.Contains("link [72, 106, 108, 16] -> https://example.org/brief", lines);
        Assert.Contains("link [72, 130, 78, 12] -> #page 2", lines);
    }

    [Fact]
    public void The_outline_is_an_indented_list_with_target_pages()
    {
        var snapshot = PdfSnapshot.FromPdf(TestPdfs.TwoPages());

        Assert.Contains("outline:\n  - Hello -> page 1\n    - Fox -> page 1\n  - Second -> page 2\n", snapshot);
    }

    [Fact]
    public void Korean_text_reads_back_as_one_line_with_its_spaces_and_an_embedded_font()
    {
        // Given
        const string sentence = "대한민국과 캐나다는 정상회담을 가졌다.";

        // When
        var snapshot = PdfSnapshot.FromPdf(TestPdfs.Korean(sentence));

        // Then
        Assert.Contains($"\n[ 72,  72] {sentence}\n", snapshot);
        Assert.Contains("    NanumGothic: TrueType, embedded, ToUnicode\n", snapshot);
    }

    [Fact]
    public void Changing_one_word_changes_exactly_one_line_of_the_snapshot()
    {
        var before = PdfSnapshot.FromPdf(TestPdfs.TwoPages("quick")).Split('\n');
        var after = PdfSnapshot.FromPdf(TestPdfs.TwoPages("slow")).Split('\n');

        Assert.Equal(before.Length, after.Length);
        var changed = Enumerable.Range(0, before.Length).Where(i => before[i] != after[i]).ToArray();
        var index = Assert.Single(changed);
        Assert.Equal("[ 72, 102] The slow brown fox jumps", after[index]);
    }

    [Fact]
    public void The_same_pdf_gives_the_same_snapshot()
    {
        var pdf = TestPdfs.TwoPages();

        Assert.Equal(PdfSnapshot.FromPdf(pdf), PdfSnapshot.FromPdf(pdf));
    }

    [Fact]
    public void A_tagged_pdf_shows_its_language_inherited_fonts_and_a_tag_tree_summary()
    {
        var snapshot = PdfSnapshot.FromPdf(RawPdf.Tagged());

        Assert.Contains("\nlanguage: ko-KR\n", snapshot);
        Assert.Contains("  page 1:\n    Helvetica (subset): Type1, not embedded, no ToUnicode\n", snapshot);
        Assert.Contains("tags:\n  Document 1, H1 1, P 2, Table 1, TR 2, TD 4\n  Document > H1, P, P, Table(TR×2)\n", snapshot);
        Assert.Contains("[ 20,  50] Title", snapshot);
        Assert.Contains("link [20, 160, 60, 20] -> #page 1", snapshot);
    }

    [Fact]
    public void An_untagged_pdf_says_so()
    {
        Assert.Contains("\ntags: (untagged)\n", PdfSnapshot.FromPdf(TestPdfs.TwoPages()));
    }
}
