using System.Text;
using Briefing.Typesetting.Pdf;

namespace Briefing.Typesetting.Tests.Pdf;

public class MarkedContentNestingTests
{
    private static string Repair(string content) =>
        Encoding.ASCII.GetString(MarkedContentNesting.Repair(Encoding.ASCII.GetBytes(content)));

    [Fact]
    public void A_sequence_opened_inside_a_text_object_and_closed_outside_is_moved_out_with_the_line_matrix_restored()
    {
        // Given PDFsharp's pattern: BDC inside BT, EMC after ET
        var content = "BT\n/P<</MCID 0>>BDC\n/F0 11 Tf\n50 700 Td\n<0001> Tj\n0 -20 Td\n/Span<</MCID 1>>BDC\n<0002> Tj\nET\nEMC\nEMC";

        // When repaired
        var repaired = Repair(content);

        // Then both marked-content operators inside the text object stand outside it, and text resumes at the line start
        Assert.Equal(
            "/P<</MCID 0>>BDC\nBT\n1 0 0 1 0 0 Tm\n/F0 11 Tf\n50 700 Td\n<0001> Tj\n0 -20 Td\nET\n/Span<</MCID 1>>BDC\nBT\n1 0 0 1 50 680 Tm\n<0002> Tj\nET\nEMC\nEMC",
            repaired);
    }

    [Fact]
    public void Consecutive_moves_leave_no_empty_text_objects()
    {
        var repaired = Repair("BT\n/P BDC\n(a) Tj\nEMC\n/Q BDC\n(b) Tj\nEMC\nET");

        Assert.Equal("/P BDC\nBT\n1 0 0 1 0 0 Tm\n(a) Tj\nET\nEMC\n/Q BDC\nBT\n1 0 0 1 0 0 Tm\n(b) Tj\nET\nEMC\n", repaired);
    }

    [Fact]
    public void Properly_nested_content_is_returned_untouched()
    {
        var bytes = Encoding.ASCII.GetBytes("/P<</MCID 0>>BDC\nBT\n50 700 Td\n(a) Tj\nET\nEMC\n0 0 0 RG\n1 w\n0 0 m\n10 10 l\nS");

        Assert.Same(bytes, MarkedContentNesting.Repair(bytes));
    }

    [Fact]
    public void A_text_matrix_set_with_Tm_is_what_gets_restored()
    {
        var repaired = Repair("BT\n2 0 0 2 10 20 Tm\n5 5 Td\nEMC\n(x) Tj\nET");

        Assert.Equal("BT\n2 0 0 2 10 20 Tm\n5 5 Td\nET\nEMC\nBT\n2 0 0 2 20 30 Tm\n(x) Tj\nET", repaired);
    }
}
