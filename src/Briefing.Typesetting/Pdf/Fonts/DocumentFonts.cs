using System.Globalization;
using Briefing.Typesetting.Drawing;
using Briefing.Typesetting.Fonts;
using Briefing.Typesetting.Pdf.Syntax;

namespace Briefing.Typesetting.Pdf.Fonts;

/// <summary>
/// The fonts of one document, one <see cref="EmbeddedFont"/> per font file whatever the sizes drawn.
/// A first pass over the pages records every character (<see cref="Collect"/>), so each font is subset once
/// and the content streams are written directly with the subset's glyph ids.
/// </summary>
internal sealed class DocumentFonts
{
    private readonly PdfFileWriter _file;
    private readonly bool _withCidSets;
    private readonly DeflaterPool _deflaters;
    private readonly Dictionary<string, EmbeddedFont> _byPath = new(StringComparer.Ordinal);
    private readonly List<EmbeddedFont> _inOrder = [];

    /// <summary>
    /// The fonts of a document written to <paramref name="file"/>, their streams compressed with
    /// <paramref name="deflaters"/>; <paramref name="withCidSets"/> for PDF/A-1.
    /// </summary>
    public DocumentFonts(PdfFileWriter file, bool withCidSets, DeflaterPool deflaters)
    {
        _file = file;
        _withCidSets = withCidSets;
        _deflaters = deflaters;
    }

    /// <summary>Records the text of every run on every page, then subsets each font.</summary>
    public void Collect(IReadOnlyList<PageRecording> pages)
    {
        foreach (var page in pages)
        {
            foreach (var command in page.Commands)
            {
                if (command is DrawCommand.Text { Run: var run } && run.Text.Length > 0)
                    For(run.Face).Use(run);
            }
        }
        foreach (var font in _inOrder)
            font.Seal(_deflaters);
    }

    /// <summary>The embedded font for a face.</summary>
    public EmbeddedFont For(IFontFace face)
    {
        // A collection's faces share a file: the face's index is part of the key.
        var key = face is TrueTypeFace { FaceIndex: > 0 } indexed
            ? face.FilePath + "#" + indexed.FaceIndex.ToString(CultureInfo.InvariantCulture)
            : face.FilePath;
        if (_byPath.TryGetValue(key, out var font))
            return font;
        // Faces made by FontLibrary carry their program; any other IFontFace is read from its file.
        var trueType = face as TrueTypeFace ?? TrueTypeFace.Open(face.FilePath);
        font = new EmbeddedFont(trueType, "F" + (_inOrder.Count + 1).ToString(CultureInfo.InvariantCulture), _file.Reserve());
        _byPath.Add(key, font);
        _inOrder.Add(font);
        return font;
    }

    /// <summary>Writes every font's objects.</summary>
    public void WriteObjects()
    {
        foreach (var font in _inOrder)
            font.WriteObjects(_file, _withCidSets, _deflaters);
    }
}
