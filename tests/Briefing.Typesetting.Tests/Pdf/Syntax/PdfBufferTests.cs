using System.Text;
using Briefing.Typesetting.Pdf.Syntax;

namespace Briefing.Typesetting.Tests.Pdf.Syntax;

public class PdfBufferTests
{
    private static string Written(Action<PdfBuffer> write)
    {
        var buffer = new PdfBuffer(1);
        write(buffer);
        return Encoding.Latin1.GetString(buffer.Written);
    }

    [Theory]
    [InlineData(0, "0")]
    [InlineData(12, "12")]
    [InlineData(-3.5, "-3.5")]
    [InlineData(841.8898, "841.89")]
    [InlineData(0.0004, "0")]
    [InlineData(-0.0004, "0")]
    [InlineData(0.0005, "0.001")]
    [InlineData(1.25, "1.25")]
    [InlineData(100.1, "100.1")]
    [InlineData(-1234567.891, "-1234567.891")]
    public void Reals_have_at_most_three_decimals_and_no_trailing_zeros(double value, string expected)
    {
        Assert.Equal(expected, Written(b => b.Real(value)));
    }

    [Theory]
    [InlineData(double.NaN)]
    [InlineData(double.PositiveInfinity)]
    public void Numbers_that_pdf_cannot_hold_are_refused(double value)
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => Written(b => b.Real(value)));
    }

    [Theory]
    [InlineData("P", "/P")]
    [InlineData("A B", "/A#20B")]
    [InlineData("a/b#(c)", "/a#2Fb#23#28c#29")]
    [InlineData("정", "/#EC#A0#95")]
    public void Names_escape_what_a_regular_name_character_may_not_be(string name, string expected)
    {
        Assert.Equal(expected, Written(b => b.Name(name)));
    }

    [Theory]
    [InlineData("plain", "(plain)")]
    [InlineData("a(b)c\\d", "(a\\(b\\)c\\\\d)")]
    [InlineData("한", "<FEFFD55C>")]
    [InlineData("tab\there", "<FEFF00740061006200090068006500720065>")]
    public void Text_strings_are_literal_ascii_or_utf16_with_a_byte_order_mark(string text, string expected)
    {
        Assert.Equal(expected, Written(b => b.Text(text)));
    }

    [Fact]
    public void The_buffer_grows_past_its_first_capacity()
    {
        var text = Written(b =>
        {
            for (var i = 0; i < 1000; i++)
                b.Int(i).Space();
        });

        Assert.StartsWith("0 1 2 ", text);
        Assert.EndsWith(" 998 999 ", text);
    }
}
