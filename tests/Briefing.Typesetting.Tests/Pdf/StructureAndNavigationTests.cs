using System.IO.Compression;
using System.Text;
using System.Text.RegularExpressions;
using Briefing.Typesetting.Drawing;
using Briefing.Typesetting.Geometry;
using Briefing.Typesetting.Pdf;
using Briefing.Typesetting.Tests.Support;
using UglyToad.PdfPig;
using UglyToad.PdfPig.Outline;

namespace Briefing.Typesetting.Tests.Pdf;

/// <summary>The structure tree's bookkeeping and the outline, read back from the bytes the writer produces.</summary>
public class StructureAndNavigationTests
{
    private static byte[] Write(params IReadOnlyList<DrawCommand>[] pages) =>
        new PdfDocumentWriter().Write(pages.Select(p => new PageRecording(Size.A4, p)).ToList(), SamplePages.Metadata());

    private static byte[] WriteOnePage(params DrawCommand[] commands) => Write(commands);

    [Fact]
    public void Every_mcid_on_a_page_is_listed_in_the_parent_tree_under_that_page()
    {
        // Given the two-page sample, whose second page continues a section begun on the first
        var pdf = new PdfDocumentWriter().Write(SamplePages.TwoPages(), SamplePages.Metadata());
        var text = Encoding.Latin1.GetString(pdf);

        // When the MCIDs of each page's content stream are counted
        var contents = Regex.Matches(text, @"/Contents (\d+) 0 R/StructParents (\d+)")
            .Select(m => (Stream: int.Parse(m.Groups[1].Value), Key: int.Parse(m.Groups[2].Value)))
            .ToList();
        Assert.Equal(2, contents.Count);

        // Then the parent tree has, for each page's key, one element per MCID 0..n-1, in order
        var nums = Regex.Match(text, @"/Nums\[(.*?)\]>>", RegexOptions.Singleline).Groups[1].Value;
        foreach (var (stream, key) in contents)
        {
            var mcids = Regex.Matches(Decoded(pdf, text, stream), @"/MCID (\d+)").Select(m => int.Parse(m.Groups[1].Value)).ToList();
            Assert.Equal(Enumerable.Range(0, mcids.Count), mcids);
            var entry = Regex.Match(nums, $@"(?:^|\s){key}\[([^\]]*)\]");
            Assert.True(entry.Success, $"no parent tree entry for key {key} in {nums}");
            Assert.Equal(mcids.Count, Regex.Matches(entry.Groups[1].Value, @"\d+ 0 R").Count);
        }
    }

    [Fact]
    public void Content_of_an_element_on_a_later_page_is_a_marked_content_reference_to_that_page()
    {
        var pdf = Write(
            [new DrawCommand.BeginTag(StructureRole.P, null), new DrawCommand.Text(SamplePages.Run("first", SamplePages.Latin), new Point(50, 50))],
            [new DrawCommand.Text(SamplePages.Run("second", SamplePages.Latin), new Point(50, 50)), new DrawCommand.EndTag()]);
        var text = Encoding.Latin1.GetString(pdf);

        var pages = Regex.Matches(text, @"(\d+) 0 obj\n<</Type/Page/").Select(m => m.Groups[1].Value).ToList();
        var paragraph = Regex.Match(text, @"/S/P/P \d+ 0 R/Pg (\d+) 0 R/K\[(.*?)\]>>");
        Assert.True(paragraph.Success);
        Assert.Equal(pages[0], paragraph.Groups[1].Value);
        Assert.Matches($@"^0 <</Type/MCR/Pg {pages[1]} 0 R/MCID 0>>", paragraph.Groups[2].Value.Trim());
        Assert.Contains("first", PdfTools.PdfInfo(pdf, "-struct-text").Output);
        Assert.Equal(0, PdfTools.QpdfCheck(pdf).ExitCode);
    }

    [Fact]
    public void A_deep_outline_is_written_without_recursion_and_counts_every_descendant()
    {
        // Given 300 bookmarks, each one level deeper than the one before
        var commands = Enumerable.Range(1, 300)
            .Select(level => (DrawCommand)new DrawCommand.OutlineEntry($"Level {level}", level, new Point(50, 50)))
            .Append(new DrawCommand.Text(SamplePages.Run("x", SamplePages.Latin), new Point(50, 50)))
            .ToArray();

        // When written
        var pdf = WriteOnePage(commands);

        // Then the root counts all 300, each item counts the ones under it, and readers see the chain
        var text = Encoding.Latin1.GetString(pdf);
        Assert.Matches(@"/Type/Outlines/First \d+ 0 R/Last \d+ 0 R/Count 300>>", text);
        Assert.Matches(@"<</Title\(Level 1\)/Parent \d+ 0 R/First \d+ 0 R/Last \d+ 0 R/Count 299/Dest", text);
        Assert.Matches(@"<</Title\(Level 300\)/Parent \d+ 0 R/Dest", text);
        using var document = PdfDocument.Open(pdf);
        Assert.True(document.TryGetBookmarks(out var bookmarks));
        var node = Assert.Single(bookmarks.Roots);
        var depth = 1;
        while (node.Children.Count > 0)
        {
            node = Assert.Single(node.Children);
            depth++;
        }
        Assert.Equal(300, depth);
        Assert.Equal(0, PdfTools.QpdfCheck(pdf).ExitCode);
    }

    [Fact]
    public void Destinations_with_names_beyond_ascii_are_found_by_their_links()
    {
        var pdf = WriteOnePage(
            new DrawCommand.Destination("요약", new Point(50, 400)),
            new DrawCommand.Link(new Rect(50, 90, 80, 14), new LinkTarget.Internal("요약")),
            new DrawCommand.Text(SamplePages.Run("Summary", SamplePages.Latin), new Point(50, 100)));
        var text = Encoding.Latin1.GetString(pdf);

        // The link and the name tree spell the name the same way (UTF-16BE with a byte-order mark)
        Assert.Contains("/Dest<FEFFC694C57D>", text);
        Assert.Matches(@"/Names\[<FEFFC694C57D>\[\d+ 0 R/XYZ 50 441\.89 null\]\]", text);
        Assert.Equal(0, PdfTools.QpdfCheck(pdf).ExitCode);
    }

    [Fact]
    public void Destination_names_are_sorted_as_a_name_tree_requires()
    {
        var pdf = WriteOnePage(
            new DrawCommand.Destination("b", new Point(50, 100)),
            new DrawCommand.Destination("B", new Point(50, 200)),
            new DrawCommand.Destination("a", new Point(50, 300)),
            new DrawCommand.Text(SamplePages.Run("x", SamplePages.Latin), new Point(50, 50)));
        var names = Regex.Match(Encoding.Latin1.GetString(pdf), @"/Dests<</Names\[(.*)\]>>>>").Groups[1].Value;

        var keys = Regex.Matches(names, @"\((\w)\)").Select(m => m.Groups[1].Value).ToList();

        Assert.Equal(["B", "a", "b"], keys);
    }

    [Fact]
    public void Pages_with_links_ask_for_structure_order_when_tabbing()
    {
        var pdf = new PdfDocumentWriter().Write(SamplePages.TwoPages(), SamplePages.Metadata());

        var pages = Regex.Matches(Encoding.Latin1.GetString(pdf), @"<</Type/Page/[^\n]*");

        Assert.All(pages, p => Assert.Contains("/Annots[", p.Value));
        Assert.All(pages, p => Assert.Contains("/Tabs/S", p.Value));
    }

    private static string Decoded(byte[] pdf, string text, int objectNumber)
    {
        var m = Regex.Match(text, $@"\n{objectNumber} 0 obj\n<</Length (\d+)/Filter/FlateDecode>>\nstream\n");
        Assert.True(m.Success, $"content stream {objectNumber} not found");
        var data = pdf.AsSpan(m.Index + m.Length, int.Parse(m.Groups[1].Value)).ToArray();
        using var z = new ZLibStream(new MemoryStream(data), CompressionMode.Decompress);
        using var output = new MemoryStream();
        z.CopyTo(output);
        return Encoding.Latin1.GetString(output.ToArray());
    }
}
