using System.Globalization;
using Briefing.Loading;

namespace Briefing.Tests.Loading;

public sealed class IsoCalendarDateTests
{
    [Fact]
    public void Reads_every_date_and_refuses_every_non_date_as_DateOnly_TryParseExact_does()
    {
        // Years at the edges and around leap rules; every month 00-13 and day 00-32 of each.
        int[] years = [0, 1, 4, 100, 1900, 1999, 2000, 2024, 2025, 2100, 9999];
        var checkedCount = 0;
        foreach (var year in years)
        {
            for (var month = 0; month <= 13; month++)
            {
                for (var day = 0; day <= 32; day++)
                {
                    var text = $"{year:0000}-{month:00}-{day:00}";
                    Assert.Equal(Expected(text), BriefReader.IsoCalendarDate(text));
                    checkedCount++;
                }
            }
        }

        Assert.Equal(years.Length * 14 * 33, checkedCount);
    }

    [Theory]
    [InlineData("٢٠٢٥-١٠-٣٠")] // Arabic-Indic digits: \d matches them, the date parser does not
    [InlineData("２０２５-１０-３０")] // full-width digits
    [InlineData("2025-10-30\n")] // what "$" lets through
    [InlineData("2025-1-300")]
    [InlineData("+025-10-30")]
    [InlineData(" 025-10-30")]
    [InlineData("2025/10/30")] // the ISO pattern turns these away first; the reader refuses them by itself too
    [InlineData("2025.10.30")]
    public void Refuses_what_the_parser_refused(string text)
    {
        Assert.Null(Expected(text));
        Assert.Null(BriefReader.IsoCalendarDate(text));
    }

    private static DateOnly? Expected(string text) =>
        DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date) ? date : null;
}
