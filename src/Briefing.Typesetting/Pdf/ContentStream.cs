using Briefing.Typesetting.Drawing;
using Briefing.Typesetting.Geometry;
using Briefing.Typesetting.Pdf.Syntax;

namespace Briefing.Typesetting.Pdf;

/// <summary>
/// Writes one page's content stream operator by operator. Callers give top-left coordinates (y down), as
/// the display list has them; this class turns them into PDF's bottom-left space. It remembers the
/// graphics state it has set (colours, line width, font) so that each is written only when it changes,
/// and keeps a text object open across consecutive runs, ending it before anything that may not stand
/// inside one (paths, images, marked content: PDF 32000-1, 14.6 wants BT…ET and BDC…EMC to nest).
/// </summary>
internal sealed class ContentStream
{
    private readonly PdfBuffer _out = new(16 * 1024);
    private double _height;
    private bool _inText;
    private string? _fontResource;
    private double _fontSize;
    private Color? _fill;
    private Color? _stroke;
    private double _lineWidth = 1;

    /// <summary>The operators written since <see cref="Start"/>.</summary>
    public ReadOnlySpan<byte> Written => _out.Written;

    /// <summary>Starts a new page of the given height, with PDF's initial graphics state.</summary>
    public void Start(double pageHeight)
    {
        _out.Clear();
        _height = pageHeight;
        _inText = false;
        _fontResource = null;
        _fontSize = 0;
        _fill = null;
        _stroke = null;
        _lineWidth = 1;
    }

    /// <summary>
    /// Sets font, size and colour and moves to a baseline start at (x, y); returns the buffer for the text
    /// showing operator that must follow (<c>Tj</c> or <c>TJ</c>).
    /// </summary>
    public PdfBuffer BeginText(string fontResource, double size, Color color, double x, double y)
    {
        if (!_inText)
        {
            _out.Ascii("BT\n");
            _inText = true;
        }
        Fill(color);
        if (_fontResource != fontResource || _fontSize != size)
        {
            _out.Byte((byte)'/').Ascii(fontResource).Space().Real(size).Ascii(" Tf\n");
            _fontResource = fontResource;
            _fontSize = size;
        }
        return _out.Ascii("1 0 0 1 ").Real(x).Space().Real(_height - y).Ascii(" Tm");
    }

    /// <summary>Fills a rectangle.</summary>
    public void FillRectangle(Rect rect, Color color)
    {
        EndText();
        Fill(color);
        Rectangle(rect).Ascii(" re f\n");
    }

    /// <summary>Strokes a rectangle's outline, centred on its edges.</summary>
    public void StrokeRectangle(Rect rect, Color color, double width)
    {
        EndText();
        Stroke(color, width);
        Rectangle(rect).Ascii(" re S\n");
    }

    /// <summary>Strokes a straight line.</summary>
    public void Line(Point from, Point to, Color color, double width)
    {
        EndText();
        Stroke(color, width);
        _out.Real(from.X).Space().Real(_height - from.Y).Ascii(" m ").Real(to.X).Space().Real(_height - to.Y).Ascii(" l S\n");
    }

    /// <summary>Paints an image XObject scaled into <paramref name="rect"/>.</summary>
    public void Image(string resource, Rect rect)
    {
        EndText();
        _out.Ascii("q ").Real(rect.Width).Ascii(" 0 0 ").Real(rect.Height).Space().Real(rect.X).Space().Real(_height - rect.Bottom)
            .Ascii(" cm/").Ascii(resource).Ascii(" Do Q\n");
    }

    /// <summary>Begins a marked-content sequence that belongs to a structure element (<c>/P &lt;&lt;/MCID 3&gt;&gt; BDC</c>).</summary>
    public void BeginMarkedContent(string role, int mcid)
    {
        EndText();
        _out.Name(role).Ascii("<</MCID ").Int(mcid).Ascii(">>BDC\n");
    }

    /// <summary>Begins page furniture (<c>/Artifact BMC</c>), which assistive technology skips.</summary>
    public void BeginArtifact()
    {
        EndText();
        _out.Ascii("/Artifact BMC\n");
    }

    /// <summary>Ends the innermost marked-content sequence.</summary>
    public void EndMarkedContent()
    {
        EndText();
        _out.Ascii("EMC\n");
    }

    /// <summary>Ends whatever is open at the end of the page.</summary>
    public void Finish() => EndText();

    private void EndText()
    {
        if (!_inText)
            return;
        _out.Ascii("ET\n");
        _inText = false;
    }

    private PdfBuffer Rectangle(Rect r) =>
        _out.Real(r.X).Space().Real(_height - r.Bottom).Space().Real(r.Width).Space().Real(r.Height);

    private void Fill(Color color)
    {
        if (_fill == color)
            return;
        Rgb(color).Ascii(" rg\n");
        _fill = color;
    }

    private void Stroke(Color color, double width)
    {
        if (_stroke != color)
        {
            Rgb(color).Ascii(" RG\n");
            _stroke = color;
        }
        if (_lineWidth != width)
        {
            _out.Real(width).Ascii(" w\n");
            _lineWidth = width;
        }
    }

    private PdfBuffer Rgb(Color c) =>
        _out.Real(c.R / 255.0).Space().Real(c.G / 255.0).Space().Real(c.B / 255.0);
}
