using Briefing.Typesetting.Drawing;
using Briefing.Typesetting.Geometry;
using Briefing.Typesetting.Layout;
using Briefing.Typesetting.Pdf.Images;

namespace Briefing.Typesetting.Elements;

/// <summary>
/// A PNG or JPEG scaled to the available width, keeping its aspect ratio, tagged as a figure with its
/// alternative text (or as an artifact when it has none or only blanks, i.e. it is decorative). When it is taller
/// than an empty page it is shrunk to fit there (keep rules relaxed) rather than fail.
/// </summary>
internal sealed class Image : Element
{
    private readonly ReadOnlyMemory<byte> _data;
    private readonly string? _altText;
    private readonly double _aspect; // height / width

    public Image(ReadOnlyMemory<byte> data, string? altText)
    {
        var (w, h) = ImageEncoder.ReadSize(data.Span);
        _data = data;
        // Blank text describes nothing: the image is decorative, since a Figure needs a real description.
        _altText = string.IsNullOrWhiteSpace(altText) ? null : altText;
        _aspect = (double)h / w;
    }

    public override SpacePlan Measure(Size available, PageContext page)
    {
        if (page.Progress.IsDone(this))
            return SpacePlan.Empty();
        var size = Scaled(available, page);
        return Fit.Within(size.Height, available.Height) && size.Width > 0
            ? SpacePlan.Full(size.Width, size.Height)
            : SpacePlan.Wrap($"Image: needs {Fit.Describe(available.Width, available.Width * _aspect)}, has {Fit.Describe(available.Width, available.Height)}");
    }

    public override void Draw(Size available, DrawingContext context)
    {
        var size = Scaled(available, context.Page);
        if (_altText is null)
            context.Canvas.BeginArtifact();
        else
            context.Canvas.BeginTag(StructureRole.Figure, _altText, this);
        context.Canvas.DrawImage(_data, new Rect(0, 0, size.Width, size.Height));
        if (_altText is null)
            context.Canvas.EndArtifact();
        else
            context.Canvas.EndTag();
        context.Page.Progress.MarkDone(this);
    }

    private Size Scaled(Size available, PageContext page)
    {
        var width = available.Width;
        var height = width * _aspect;
        if (page.KeepRulesRelaxed && height > available.Height && available.Height > 0)
        {
            height = available.Height;
            width = height / _aspect;
        }

        return new Size(width, height);
    }
}
