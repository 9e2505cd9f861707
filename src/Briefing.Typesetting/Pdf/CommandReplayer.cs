using Briefing.Typesetting.Drawing;
using Briefing.Typesetting.Geometry;
using Briefing.Typesetting.Pdf.Fonts;
using Briefing.Typesetting.Pdf.Images;
using Briefing.Typesetting.Pdf.Navigation;
using Briefing.Typesetting.Pdf.Structure;
using Briefing.Typesetting.Pdf.Syntax;

namespace Briefing.Typesetting.Pdf;

/// <summary>
/// Replays page recordings into content streams, the structure tree, link annotations, named
/// destinations and bookmarks. Tags follow the display list: each structure element owns the marked
/// content drawn while it is the innermost open one; content drawn outside any tag gets an implicit
/// paragraph (text) or becomes page furniture (graphics), since tagged PDF leaves nothing unstructured.
/// A tag opened with a key already seen under the same parent continues that element (layout closes tags at
/// each page's end and reopens them on the next), so an element that crosses pages is one structure element
/// with marked content on every page it touches. One instance replays one document, page after page.
/// </summary>
internal sealed class CommandReplayer
{
    private readonly PdfFileWriter _file;
    private readonly DocumentFonts _fonts;
    private readonly DocumentImages _images;
    private readonly StructureTree _structure;
    private readonly IReadOnlyList<int> _pageObjects;
    private readonly string _annotationDate;
    private readonly ContentStream _content = new();
    private readonly List<TagKind> _open = [];
    private readonly List<StructureElement> _elements = [];
    private readonly HashSet<EmbeddedFont> _pageFonts = [];
    private readonly Dictionary<string, int> _pageImages = new(StringComparer.Ordinal);
    private readonly List<int> _pageAnnotations = [];
    private readonly Dictionary<object, StructureElement> _keyed = new(ReferenceEqualityComparer.Instance);

    private StructureElement? _marking;
    private int _page;
    private double _pageHeight;

    public CommandReplayer(PdfFileWriter file, DocumentFonts fonts, DocumentImages images, StructureTree structure,
        IReadOnlyList<int> pageObjects, DateTimeOffset annotationDate)
    {
        _file = file;
        _fonts = fonts;
        _images = images;
        _structure = structure;
        _pageObjects = pageObjects;
        _annotationDate = PdfDates.Format(annotationDate);
    }

    /// <summary>Bookmarks found so far.</summary>
    public Outline Outline { get; } = new();

    /// <summary>Named destinations found so far, by name: page index and PDF coordinates.</summary>
    public SortedDictionary<string, (int Page, double X, double Y)> Destinations { get; } = new(StringComparer.Ordinal);

    /// <summary>The content stream of the page being replayed.</summary>
    public ReadOnlySpan<byte> Content => _content.Written;

    /// <summary>The fonts the page drew with.</summary>
    public IReadOnlyCollection<EmbeddedFont> PageFonts => _pageFonts;

    /// <summary>The images the page drew, by resource name.</summary>
    public IReadOnlyDictionary<string, int> PageImages => _pageImages;

    /// <summary>The page's annotation objects.</summary>
    public IReadOnlyList<int> PageAnnotations => _pageAnnotations;

    /// <summary>Replays page <paramref name="index"/>; <paramref name="last"/> closes whatever is still open at the end.</summary>
    public void Replay(PageRecording page, int index, bool last)
    {
        _page = index;
        _pageHeight = page.Size.Height;
        _content.Start(_pageHeight);
        _pageFonts.Clear();
        _pageImages.Clear();
        _pageAnnotations.Clear();

        // An artifact is a marked-content sequence, which cannot cross a content stream: the previous page
        // closed it, and it is reopened here. Structure elements simply stay open across pages.
        foreach (var kind in _open)
        {
            if (kind == TagKind.Artifact)
                _content.BeginArtifact();
        }

        var commands = page.Commands;
        for (var c = 0; c < commands.Count; c++)
            c = Replay(commands, c);

        CloseImplicit();
        if (last)
        {
            while (_open.Count > 0)
                Close();
        }
        EndMarking();
        for (var i = _open.Count - 1; i >= 0; i--)
        {
            if (_open[i] == TagKind.Artifact)
                _content.EndMarkedContent();
        }
        _content.Finish();
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
                MarkContent();
                _content.FillRectangle(fill.Rect, fill.Color);
                break;
            case DrawCommand.StrokeRectangle stroke:
                EnsureContext(TagKind.ImplicitArtifact);
                MarkContent();
                _content.StrokeRectangle(stroke.Rect, stroke.Color, stroke.LineWidth);
                break;
            case DrawCommand.Line line:
                EnsureContext(TagKind.ImplicitArtifact);
                MarkContent();
                _content.Line(line.From, line.To, line.Color, line.LineWidth);
                break;
            case DrawCommand.Image image:
                EnsureContext(TagKind.ImplicitArtifact);
                MarkContent();
                var (name, number) = _images.For(image.Data);
                _pageImages[name] = number;
                _content.Image(name, image.Rect);
                break;
            case DrawCommand.Link link:
                AddLink(link);
                break;
            case DrawCommand.Destination destination:
                if (!Destinations.TryAdd(destination.Name, (_page, destination.Position.X, _pageHeight - destination.Position.Y)))
                    throw new ArgumentException($"Destination '{destination.Name}' is declared twice.");
                break;
            case DrawCommand.OutlineEntry entry:
                Outline.Add(entry.Title, entry.Level, _page, entry.Position.X, _pageHeight - entry.Position.Y);
                break;
            case DrawCommand.BeginTag begin:
                CloseImplicit();
                // Tags inside page furniture (a header's paragraphs, say) would put the furniture in the
                // structure tree, read by screen readers on every page: an artifact has no structure.
                if (InsideArtifact())
                    _open.Add(TagKind.SuppressedElement);
                else
                    BeginElement(commands, index, begin);
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
        MarkContent();
        var font = _fonts.For(run.Face);
        _pageFonts.Add(font);
        font.Show(run, run.FontSize, run.WordSpacing,
            _content.BeginText(font.ResourceName, run.FontSize, run.Color, text.Baseline.X, text.Baseline.Y));
        if (run.Underline)
        {
            // Typical underline metrics: about a tenth of an em below the baseline, an eighteenth thick.
            var thickness = run.FontSize / 18;
            var y = text.Baseline.Y + run.FontSize * 0.1 + thickness / 2;
            _content.Line(new Point(text.Baseline.X, y), new Point(text.Baseline.X + run.Width, y), run.Color, thickness);
        }
    }

    private void BeginElement(IReadOnlyList<DrawCommand> commands, int index, DrawCommand.BeginTag begin)
    {
        var parent = CurrentParent();
        if (begin.Key is { } key && _keyed.TryGetValue(key, out var continued) && continued.Parent == parent)
        {
            // The next part of an element begun on an earlier page: its content joins it, in order.
            _elements.Add(continued);
            _open.Add(TagKind.Element);
            return;
        }

        var element = _structure.Add(RoleName(begin.Role), parent);
        if (begin.Key is not null)
            _keyed[begin.Key] = element;
        element.AltText = begin.AltText;
        element.Language = begin.Language;
        // PDF/UA asks every TH for its scope (Matterhorn 15-003), so screen readers know what it heads.
        element.Scope = begin.Role switch { StructureRole.TH => "Column", StructureRole.RowHeader => "Row", _ => null };
        if (begin.Role == StructureRole.Figure)
        {
            element.AltText ??= "";
            element.BoundingBox = FigureBounds(commands, index);
        }
        _elements.Add(element);
        _open.Add(TagKind.Element);
    }

    private static string RoleName(StructureRole role) => role switch
    {
        StructureRole.P => "P",
        StructureRole.H1 => "H1",
        StructureRole.H2 => "H2",
        StructureRole.H3 => "H3",
        StructureRole.H4 => "H4",
        StructureRole.H5 => "H5",
        StructureRole.H6 => "H6",
        StructureRole.L => "L",
        StructureRole.LI => "LI",
        StructureRole.Lbl => "Lbl",
        StructureRole.LBody => "LBody",
        StructureRole.Table => "Table",
        StructureRole.TR => "TR",
        StructureRole.TH or StructureRole.RowHeader => "TH",
        StructureRole.TD => "TD",
        StructureRole.Figure => "Figure",
        StructureRole.Sect => "Sect",
        StructureRole.Div => "Div",
        StructureRole.Link => "Link",
        StructureRole.TOC => "TOC",
        StructureRole.TOCI => "TOCI",
        _ => throw new ArgumentOutOfRangeException(nameof(role), role, "Not a structure role the writer knows."),
    };

    /// <summary>The figure's bounding box in PDF coordinates: the first image drawn inside it on this page.</summary>
    private Rect? FigureBounds(IReadOnlyList<DrawCommand> commands, int index)
    {
        var depth = 0;
        for (var i = index + 1; i < commands.Count; i++)
        {
            switch (commands[i])
            {
                case DrawCommand.Image image:
                    var r = image.Rect;
                    return new Rect(r.X, _pageHeight - r.Bottom, r.Width, r.Height);
                case DrawCommand.BeginTag:
                    depth++;
                    break;
                case DrawCommand.EndTag when depth == 0:
                    return null;
                case DrawCommand.EndTag:
                    depth--;
                    break;
            }
        }
        return null;
    }

    /// <summary>Untagged text becomes a paragraph and untagged graphics page furniture.</summary>
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
        {
            EndMarking();
            _content.BeginArtifact();
        }
        else if (kind == TagKind.ImplicitParagraph)
        {
            _elements.Add(_structure.Add("P", CurrentParent()));
        }
        _open.Add(kind);
    }

    private void Close()
    {
        var kind = _open[^1];
        if (kind is TagKind.Artifact or TagKind.ImplicitArtifact)
        {
            _content.EndMarkedContent();
        }
        else if (kind is TagKind.Element or TagKind.ImplicitParagraph)
        {
            EndMarking();
            _elements.RemoveAt(_elements.Count - 1);
        }
        _open.RemoveAt(_open.Count - 1);
    }

    /// <summary>
    /// Makes sure what is drawn next is marked as content of the innermost open element (inside an
    /// artifact, the artifact's sequence already covers it).
    /// </summary>
    private void MarkContent()
    {
        if (InsideArtifact() || _elements.Count == 0)
            return;
        var owner = _elements[^1];
        if (_marking == owner)
            return;
        EndMarking();
        _content.BeginMarkedContent(owner.Role, _structure.NewMarkedContent(owner, _page));
        _marking = owner;
    }

    private void EndMarking()
    {
        if (_marking is null)
            return;
        _content.EndMarkedContent();
        _marking = null;
    }

    private StructureElement CurrentParent() => _elements.Count > 0 ? _elements[^1] : _structure.Document;

    private bool InsideArtifact()
    {
        foreach (var kind in _open)
        {
            if (kind is TagKind.Artifact or TagKind.ImplicitArtifact)
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
                $"{command} on page {_page + 1} does not close a matching {(kind == TagKind.Element ? "BeginTag" : "BeginArtifact")}.");
        Close();
    }

    private void AddLink(DrawCommand.Link link)
    {
        CloseImplicit();
        var annotation = _file.Reserve();
        _pageAnnotations.Add(annotation);
        string altText;
        var o = new PdfBuffer(256);
        switch (link.Target)
        {
            case LinkTarget.External external:
                altText = ExternalLinkPolicy.Validate(external.Uri);
                o.Ascii("/A<</Type/Action/S/URI/URI").Literal(altText).Ascii(">>");
                break;
            case LinkTarget.Internal internalLink:
                altText = internalLink.DestinationName;
                o.Ascii("/Dest").Text(internalLink.DestinationName);
                break;
            default:
                throw new NotSupportedException($"Unknown link target {link.Target.GetType().Name}.");
        }

        var a = link.Area;
        var annot = _file.Begin(annotation).Ascii("<</Type/Annot/Subtype/Link/Rect[").Real(a.X).Space().Real(_pageHeight - a.Bottom)
            .Space().Real(a.Right).Space().Real(_pageHeight - a.Y).Ascii("]/Border[0 0 0]/F 4/P ").Ref(_pageObjects[_page])
            .Ascii("/Contents").Text(altText).Ascii("/M").Literal(_annotationDate).Raw(o.Written);

        if (InsideArtifact())
        {
            annot.Ascii(">>");
            _file.End();
            return;
        }

        // Layout draws a link's text inside a Link tag and its annotations there too: the annotation joins
        // that element, with no guessing by position. An annotation drawn outside one gets a Link element
        // of its own, so tagged PDF still finds every annotation in the structure tree.
        var inLink = _open.Count > 0 && _open[^1] == TagKind.Element && _elements[^1].Role == "Link";
        var element = inLink ? _elements[^1] : _structure.Add("Link", CurrentParent());
        element.AltText ??= altText;
        annot.Ascii("/StructParent ").Int(_structure.AddAnnotation(element, _page, annotation)).Ascii(">>");
        _file.End();
    }
}
