using Briefing.Typesetting.Geometry;

namespace Briefing.Typesetting.Layout;

/// <summary>The paper size (e.g. <see cref="Size.A4"/>, <see cref="Size.Letter"/> or custom) and the margins around the content.</summary>
public sealed record PageSetup(Size PageSize, Thickness Margins)
{
    /// <summary>The area inside the margins, where header, body and footer go.</summary>
    public Rect ContentArea => new(
        Margins.Left, Margins.Top, Math.Max(0, PageSize.Width - Margins.Horizontal), Math.Max(0, PageSize.Height - Margins.Vertical));
}
