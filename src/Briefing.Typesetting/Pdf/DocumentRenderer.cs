using System.Globalization;
using System.Runtime.InteropServices;
using Briefing.Typesetting.Drawing;
using Briefing.Typesetting.Geometry;
using PdfSharp.Drawing;
using PdfSharp.Pdf;
using PdfSharp.Pdf.Advanced;
using PdfSharp.Pdf.Annotations;
using PdfSharp.UniversalAccessibility;

namespace Briefing.Typesetting.Pdf;

/// <summary>
/// Replays page recordings onto a fresh PDFsharp document: drawing, links, destinations, outline and the
/// structure tree. One instance renders one document (its caches are per document).
/// </summary>
internal sealed class DocumentRenderer
{
    // Baseline alignment makes the y of DrawString the baseline itself, as the display list means it.
    private readonly XStringFormat _baselineLeft = new()
    {
        Alignment = XStringAlignment.Near,
        LineAlignment = XLineAlignment.BaseLine,
    };

    private readonly PdfDocument _document;
    private readonly StructureBuilder _structure;
    private readonly string _annotationDate;
    private readonly Dictionary<(string Path, double Size), XFont> _fonts = [];
    private readonly Dictionary<Color, XSolidBrush> _brushes = [];
    private readonly Dictionary<(Color, double), XPen> _pens = [];
    private readonly List<XImage> _images = [];
    private readonly List<TagKind> _open = [];
    private readonly List<PdfOutline> _outlineLevels = [];
    private readonly HashSet<string> _destinations = new(StringComparer.Ordinal);

    private PdfPage _page = null!;
    private XGraphics _gfx = null!;
    private int _pageNumber;
    private int _annotationsOnPage;

    public DocumentRenderer(PdfDocument document, DateTimeOffset annotationDate)
    {
        _document = document;
        _structure = UAManager.ForDocument(document).StructureBuilder;
        _annotationDate = PdfDates.Format(annotationDate);
    }

    /// <summary>Renders every page; the caller saves the document and then calls <see cref="Release"/>.</summary>
    public void Render(IReadOnlyList<PageRecording> pages)
    {
        CheckInternalLinks(pages);
        var reopenArtifacts = 0;
        for (var i = 0; i < pages.Count; i++)
        {
            BeginPage(pages[i].Size, i + 1);
            for (var a = 0; a < reopenArtifacts; a++)
                Open(TagKind.Artifact);
            var commands = LinksBeforeTheirText(pages[i].Commands);
            for (var c = 0; c < commands.Count; c++)
                c = Replay(commands, c);

            // Structure elements may stay open across pages (PDFsharp records the later pages' content
            // through marked-content references), but the last page ends whatever is still open.
            if (i == pages.Count - 1)
            {
                CloseImplicit();
                while (_open.Count > 0)
                    Close();
            }
            reopenArtifacts = EndPage();
        }
    }

    /// <summary>Frees the images once the document is saved (PDFsharp reads them while saving).</summary>
    public void Release()
    {
        foreach (var image in _images)
            image.Dispose();
        _images.Clear();
    }

    private void BeginPage(Size size, int pageNumber)
    {
        _page = _document.AddPage();
        _page.Width = XUnit.FromPoint(size.Width);
        _page.Height = XUnit.FromPoint(size.Height);
        _gfx = XGraphics.FromPdfPage(_page);
        _pageNumber = pageNumber;
        _annotationsOnPage = 0;
    }

    /// <summary>Ends the page; returns how many artifacts were open, to reopen them on the next page.</summary>
    private int EndPage()
    {
        CloseImplicit();

        // An artifact is a marked-content sequence, which cannot cross a content stream: close it here and
        // reopen it on the next page. Structure elements are left open.
        var artifacts = 0;
        while (_open.Count > 0 && _open[^1] is TagKind.Artifact or TagKind.SuppressedElement)
        {
            if (_open[^1] == TagKind.Artifact)
                artifacts++;
            Close();
        }
        _structure.EndMarkedContentsWithId();
        _gfx.Dispose();
        return artifacts;
    }

    /// <summary>Replays one command; returns the index of the last command it consumed.</summary>
    private int Replay(IReadOnlyList<DrawCommand> commands, int index)
    {
        switch (commands[index])
        {
            case DrawCommand.Text text:
                EnsureContext(TagKind.ImplicitParagraph);
                DrawText(text);
                break;
            case DrawCommand.FillRectangle fill:
                EnsureContext(TagKind.ImplicitArtifact);
                _gfx.DrawRectangle(Brush(fill.Color), ToXRect(fill.Rect));
                break;
            case DrawCommand.StrokeRectangle stroke:
                EnsureContext(TagKind.ImplicitArtifact);
                _gfx.DrawRectangle(Pen(stroke.Color, stroke.LineWidth), ToXRect(stroke.Rect));
                break;
            case DrawCommand.Line line:
                EnsureContext(TagKind.ImplicitArtifact);
                _gfx.DrawLine(Pen(line.Color, line.LineWidth), line.From.X, line.From.Y, line.To.X, line.To.Y);
                break;
            case DrawCommand.Image image:
                EnsureContext(TagKind.ImplicitArtifact);
                _gfx.DrawImage(LoadImage(image.Data), ToXRect(image.Rect));
                break;
            case DrawCommand.Link link:
                return AddLink(commands, index, link);
            case DrawCommand.Destination destination:
                AddDestination(destination);
                break;
            case DrawCommand.OutlineEntry entry:
                AddOutlineEntry(entry);
                break;
            case DrawCommand.BeginTag begin:
                CloseImplicit();
                // Tags inside page furniture (a header's paragraphs, say) would put the furniture in the
                // structure tree, read by screen readers on every page: an artifact has no structure.
                if (InsideArtifact())
                    _open.Add(TagKind.SuppressedElement);
                else
                    BeginTag(commands, index, begin);
                break;
            case DrawCommand.EndTag:
                CloseImplicit();
                if (_open.Count > 0 && _open[^1] == TagKind.SuppressedElement)
                    Close();
                else
                    CloseExpected(TagKind.Element, "EndTag");
                break;
            case DrawCommand.BeginArtifact:
                CloseImplicit();
                Open(TagKind.Artifact);
                break;
            case DrawCommand.EndArtifact:
                CloseImplicit();
                CloseExpected(TagKind.Artifact, "EndArtifact");
                break;
            default:
                throw new NotSupportedException($"Unknown draw command {commands[index].GetType().Name}.");
        }
        return index;
    }

    private void DrawText(DrawCommand.Text text)
    {
        var run = text.Run;
        if (run.Text.Length == 0)
            return;
        var font = Font(run.Face.FilePath, run.FontSize);
        _gfx.DrawString(run.Text, font, Brush(run.Color), text.Baseline.X, text.Baseline.Y, _baselineLeft);
        if (run.Underline)
        {
            // Typical underline metrics: about a tenth of an em below the baseline, an eighteenth thick.
            var thickness = run.FontSize / 18;
            var y = text.Baseline.Y + run.FontSize * 0.1 + thickness / 2;
            _gfx.DrawLine(Pen(run.Color, thickness), text.Baseline.X, y, text.Baseline.X + run.Width, y);
        }
    }

    private void BeginTag(IReadOnlyList<DrawCommand> commands, int index, DrawCommand.BeginTag begin)
    {
        switch (begin.Role)
        {
            case StructureRole.Figure:
                _structure.BeginElement(PdfIllustrationElementTag.Figure, begin.AltText ?? "", FigureBounds(commands, index));
                break;
            case StructureRole.Sect:
                _structure.BeginElement(PdfGroupingElementTag.Section);
                break;
            case StructureRole.Div:
                _structure.BeginElement(PdfGroupingElementTag.Division);
                break;
            default:
                _structure.BeginElement(BlockTag(begin.Role));
                if (begin.AltText is not null)
                    _structure.SetAltText(begin.AltText);
                break;
        }
        _open.Add(TagKind.Element);
    }

    private static PdfBlockLevelElementTag BlockTag(StructureRole role) => role switch
    {
        StructureRole.P => PdfBlockLevelElementTag.Paragraph,
        StructureRole.H1 => PdfBlockLevelElementTag.Heading1,
        StructureRole.H2 => PdfBlockLevelElementTag.Heading2,
        StructureRole.H3 => PdfBlockLevelElementTag.Heading3,
        StructureRole.H4 => PdfBlockLevelElementTag.Heading4,
        StructureRole.H5 => PdfBlockLevelElementTag.Heading5,
        StructureRole.H6 => PdfBlockLevelElementTag.Heading6,
        StructureRole.L => PdfBlockLevelElementTag.List,
        StructureRole.LI => PdfBlockLevelElementTag.ListItem,
        StructureRole.Lbl => PdfBlockLevelElementTag.Label,
        StructureRole.LBody => PdfBlockLevelElementTag.ListBody,
        StructureRole.Table => PdfBlockLevelElementTag.Table,
        StructureRole.TR => PdfBlockLevelElementTag.TableRow,
        StructureRole.TH => PdfBlockLevelElementTag.TableHeaderCell,
        StructureRole.TD => PdfBlockLevelElementTag.TableDataCell,
        _ => throw new ArgumentOutOfRangeException(nameof(role), role, "Not a block-level structure role."),
    };

    /// <summary>The figure's bounding box in PDF coordinates: the first image drawn inside it on this page.</summary>
    private XRect FigureBounds(IReadOnlyList<DrawCommand> commands, int index)
    {
        var depth = 0;
        for (var i = index + 1; i < commands.Count; i++)
        {
            switch (commands[i])
            {
                case DrawCommand.Image image:
                    return _gfx.Transformer.WorldToDefaultPage(ToXRect(image.Rect));
                case DrawCommand.BeginTag:
                    depth++;
                    break;
                case DrawCommand.EndTag when depth == 0:
                    return new XRect(0, 0, 0, 0);
                case DrawCommand.EndTag:
                    depth--;
                    break;
            }
        }
        return new XRect(0, 0, 0, 0);
    }

    /// <summary>
    /// Tagged PDF lets no content stand outside the structure (PDFsharp's builder throws on it), so
    /// untagged text becomes a paragraph and untagged graphics become page furniture.
    /// </summary>
    private void EnsureContext(TagKind implicitKind)
    {
        if (_open.Count > 0)
        {
            if (_open[^1] == implicitKind || _open[^1] is TagKind.Element or TagKind.Artifact or TagKind.SuppressedElement)
                return;
            CloseImplicit();
            if (_open.Count > 0)
                return;
        }
        Open(implicitKind);
    }

    private void Open(TagKind kind)
    {
        if (kind is TagKind.Artifact or TagKind.ImplicitArtifact)
            _structure.BeginArtifact();
        else if (kind == TagKind.ImplicitParagraph)
            _structure.BeginElement(PdfBlockLevelElementTag.Paragraph);
        _open.Add(kind);
    }

    private void Close()
    {
        if (_open[^1] != TagKind.SuppressedElement)
            _structure.End();
        _open.RemoveAt(_open.Count - 1);
    }

    private bool InsideArtifact()
    {
        foreach (var kind in _open)
        {
            if (kind == TagKind.Artifact)
                return true;
        }
        return false;
    }

    private void CloseImplicit()
    {
        if (_open.Count > 0 && _open[^1] is TagKind.ImplicitParagraph or TagKind.ImplicitArtifact)
            Close();
    }

    private void CloseExpected(TagKind kind, string command)
    {
        if (_open.Count == 0 || _open[^1] != kind)
            throw new InvalidOperationException(
                $"{command} on page {_pageNumber} does not close a matching {(kind == TagKind.Element ? "BeginTag" : "BeginArtifact")}.");
        Close();
    }

    private int AddLink(IReadOnlyList<DrawCommand> commands, int index, DrawCommand.Link link)
    {
        CloseImplicit();
        var rect = new PdfRectangle(_gfx.Transformer.WorldToDefaultPage(ToXRect(link.Area)));
        string altText;
        PdfLinkAnnotation annotation;
        switch (link.Target)
        {
            case LinkTarget.External external:
                altText = ExternalLinkPolicy.Validate(external.Uri);
                annotation = PdfLinkAnnotation.CreateWebLink(rect, altText);
                break;
            case LinkTarget.Internal internalLink:
                altText = internalLink.DestinationName;
                annotation = PdfLinkAnnotation.CreateDocumentLink(rect, internalLink.DestinationName);
                break;
            default:
                throw new NotSupportedException($"Unknown link target {link.Target.GetType().Name}.");
        }

        // PDFsharp stamps a random /NM and the clock's /M; both are replaced by stable values.
        _annotationsOnPage++;
        annotation.Elements.SetString(PdfAnnotation.Keys.NM, string.Create(CultureInfo.InvariantCulture, $"link-{_pageNumber}-{_annotationsOnPage}"));
        annotation.Elements.SetString(PdfAnnotation.Keys.M, _annotationDate);

        if (InsideArtifact())
        {
            _page.Annotations.Add(annotation);
            return index;
        }

        // A Link structure element holds the annotation and the text drawn right after it inside its area,
        // so assistive technology reads the link text as the link.
        _structure.BeginElement(annotation, altText);
        var last = index;
        while (last + 1 < commands.Count && commands[last + 1] is DrawCommand.Text text && Contains(link.Area, text.Baseline))
        {
            last++;
            DrawText(text);
        }
        _structure.End();
        return last;
    }

    /// <summary>
    /// Moves each link in front of the text runs drawn just before it inside its area, so that a layout may
    /// record the link before or after its text and the Link structure element still gets the text.
    /// Annotations are not painted content, so the page looks the same.
    /// </summary>
    private static IReadOnlyList<DrawCommand> LinksBeforeTheirText(IReadOnlyList<DrawCommand> commands)
    {
        List<DrawCommand>? moved = null;
        for (var j = 0; j < commands.Count; j++)
        {
            if (commands[j] is not DrawCommand.Link link)
                continue;
            var current = (IReadOnlyList<DrawCommand>?)moved ?? commands;
            var k = j;
            while (k > 0 && current[k - 1] is DrawCommand.Text text && Contains(link.Area, text.Baseline))
                k--;
            if (k == j)
                continue;
            moved ??= [.. commands];
            moved.RemoveAt(j);
            moved.Insert(k, link);
        }
        return (IReadOnlyList<DrawCommand>?)moved ?? commands;
    }

    /// <summary>
    /// Whether a run starting at <paramref name="p"/> belongs to the link's area. A run that starts at the
    /// area's right edge is the text that follows the link on the same line, not part of it.
    /// </summary>
    private static bool Contains(Rect area, Point p) =>
        p.X >= area.X - 0.5 && p.X < area.Right - 0.01 && p.Y >= area.Y - 0.5 && p.Y <= area.Bottom + 0.5;

    private void AddDestination(DrawCommand.Destination destination)
    {
        if (!_destinations.Add(destination.Name))
            throw new ArgumentException($"Destination '{destination.Name}' is declared twice.");
        var target = _gfx.Transformer.WorldToDefaultPage(new XPoint(destination.Position.X, destination.Position.Y));
        _document.AddNamedDestination(destination.Name, _pageNumber,
            PdfNamedDestinationParameters.CreatePosition(target.X, target.Y, null));
    }

    private void AddOutlineEntry(DrawCommand.OutlineEntry entry)
    {
        if (entry.Level < 1)
            throw new ArgumentException($"Outline entry '{entry.Title}' has level {entry.Level}; levels start at 1.");

        // A level deeper than its predecessor allows hangs under the deepest entry there is.
        var level = Math.Min(entry.Level, _outlineLevels.Count + 1);
        var parent = level == 1 ? _document.Outlines : _outlineLevels[level - 2].Outlines;
        var outline = parent.Add(entry.Title, _page, true);
        outline.PageDestinationType = PdfPageDestinationType.Xyz;
        // PdfOutline takes PDF's own coordinates (origin bottom-left), unlike the drawing calls.
        var target = _gfx.Transformer.WorldToDefaultPage(new XPoint(entry.Position.X, entry.Position.Y));
        outline.Left = target.X;
        outline.Top = target.Y;
        if (_outlineLevels.Count >= level)
            _outlineLevels.RemoveRange(level - 1, _outlineLevels.Count - level + 1);
        _outlineLevels.Add(outline);
    }

    private static void CheckInternalLinks(IReadOnlyList<PageRecording> pages)
    {
        var declared = new HashSet<string>(StringComparer.Ordinal);
        foreach (var page in pages)
        {
            foreach (var command in page.Commands)
            {
                if (command is DrawCommand.Destination d)
                    declared.Add(d.Name);
            }
        }
        foreach (var page in pages)
        {
            foreach (var command in page.Commands)
            {
                if (command is DrawCommand.Link { Target: LinkTarget.Internal target } && !declared.Contains(target.DestinationName))
                    throw new ArgumentException($"Link to '{target.DestinationName}', which no Destination declares.");
            }
        }
    }

    private XFont Font(string path, double size)
    {
        if (!_fonts.TryGetValue((path, size), out var font))
        {
            // Unicode encoding makes PDFsharp embed a CID subset with a ToUnicode map.
            font = new XFont(PathFontResolver.FamilyNameFor(path), size, XFontStyleEx.Regular,
                new XPdfFontOptions(PdfFontEncoding.Unicode));
            _fonts.Add((path, size), font);
        }
        return font;
    }

    private XSolidBrush Brush(Color color)
    {
        if (!_brushes.TryGetValue(color, out var brush))
        {
            brush = new XSolidBrush(XColor.FromArgb(color.R, color.G, color.B));
            _brushes.Add(color, brush);
        }
        return brush;
    }

    private XPen Pen(Color color, double width)
    {
        if (!_pens.TryGetValue((color, width), out var pen))
        {
            pen = new XPen(XColor.FromArgb(color.R, color.G, color.B), width);
            _pens.Add((color, width), pen);
        }
        return pen;
    }

    private XImage LoadImage(ReadOnlyMemory<byte> data)
    {
        var bytes = MemoryMarshal.TryGetArray(data, out var segment) && segment.Array is not null
            ? new MemoryStream(segment.Array, segment.Offset, segment.Count, writable: false)
            : new MemoryStream(data.ToArray(), writable: false);
        var image = XImage.FromStream(bytes);
        _images.Add(image);
        return image;
    }

    private static XRect ToXRect(Rect r) => new(r.X, r.Y, r.Width, r.Height);
}
