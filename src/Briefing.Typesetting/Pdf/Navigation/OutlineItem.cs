namespace Briefing.Typesetting.Pdf.Navigation;

/// <summary>One bookmark: its title, where it points (page index and PDF coordinates) and its children.</summary>
internal sealed class OutlineItem(string title, int page, double left, double top)
{
    public string Title { get; } = title;
    public int Page { get; } = page;
    public double Left { get; } = left;
    public double Top { get; } = top;
    public List<OutlineItem> Children { get; } = [];
    public int ObjectNumber { get; set; }
}
