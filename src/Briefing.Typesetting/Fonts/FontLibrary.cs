using System.Collections.Concurrent;
using Briefing.Typesetting.Text;

namespace Briefing.Typesetting.Fonts;

/// <summary>
/// The faces available to a document, and the per-character choice among them. Add every file first;
/// after that, selecting and measuring are safe from several threads at once.
/// </summary>
public sealed class FontLibrary : IFontSelector
{
    private static readonly string[] ScannedPatterns = ["*.ttf", "*.otf", "*.ttc", "*.otc"];

    private readonly List<TrueTypeFace> _faces = [];
    private readonly List<SkippedFont> _skipped = [];
    private readonly List<string> _families = [];
    private readonly Dictionary<string, List<TrueTypeFace>> _byFamily = new(StringComparer.OrdinalIgnoreCase);
    private readonly Dictionary<string, TrueTypeFace> _byPath = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<ChainKey, FaceChain> _chains = new();

    // Layout asks for one style many times in a row: a reference check beats hashing the family list.
    private volatile StyleChain? _lastChain;

    /// <summary>All faces, in the order they were added.</summary>
    public IReadOnlyList<IFontFace> Faces => _faces;

    /// <summary>Files that folder scans or <see cref="Load"/> passed over, with the reason.</summary>
    public IReadOnlyList<SkippedFont> Skipped => _skipped;

    /// <summary>The family names present, in the order first seen.</summary>
    public IReadOnlyList<string> Families => _families;

    /// <summary>
    /// A library of the given font files and folders (folders are searched recursively). Files that are
    /// not static TrueType or CFF OpenType faces are listed in <see cref="Skipped"/>; a path that does not exist throws.
    /// </summary>
    public static FontLibrary Load(IEnumerable<string> filesOrFolders)
    {
        var library = new FontLibrary();
        foreach (var path in filesOrFolders)
        {
            if (Directory.Exists(path))
                library.AddFolder(path);
            else if (File.Exists(path))
                library.TryAdd(path);
            else
                throw new FileNotFoundException($"No font file or folder at {path}.", path);
        }
        return library;
    }

    /// <summary>Adds every font file under a folder, recursively; unsupported files go to <see cref="Skipped"/>.</summary>
    public void AddFolder(string folder)
    {
        var options = new EnumerationOptions
        {
            RecurseSubdirectories = true,
            MatchCasing = MatchCasing.CaseInsensitive,
            IgnoreInaccessible = true,
        };
        var files = new List<string>();
        foreach (var pattern in ScannedPatterns)
            files.AddRange(Directory.EnumerateFiles(folder, pattern, options));
        // Sorted so that which of two equal faces wins does not depend on the file system's order.
        files.Sort(StringComparer.Ordinal);
        foreach (var file in files)
            TryAdd(file);
    }

    /// <summary>
    /// Adds one face file and returns its face (the existing one if the file was added before). Throws
    /// <see cref="UnsupportedFontException"/> for variable or malformed fonts.
    /// </summary>
    public IFontFace AddFile(string path) => AddFace(path, 0);

    /// <summary>
    /// Adds face <paramref name="index"/> of a font file (a collection holds several; a single face is 0) and
    /// returns it; see <see cref="AddFile"/>.
    /// </summary>
    public IFontFace AddFace(string path, int index)
    {
        string fullPath = Path.GetFullPath(path);
        string key = index == 0 ? fullPath : fullPath + "#" + index.ToString(System.Globalization.CultureInfo.InvariantCulture);
        if (_byPath.TryGetValue(key, out var known))
            return known;

        var face = TrueTypeFace.Open(fullPath, index);
        Register(key, face);
        return face;
    }

    private void Register(string key, TrueTypeFace face)
    {
        _faces.Add(face);
        _byPath.Add(key, face);
        if (!_byFamily.TryGetValue(face.FamilyName, out var family))
        {
            family = [];
            _byFamily.Add(face.FamilyName, family);
            _families.Add(face.FamilyName);
        }
        family.Add(face);
        _chains.Clear();
        _lastChain = null;
    }

    /// <summary>
    /// Adds every face of <paramref name="family"/> that <paramref name="catalog"/> found; a variable font is added
    /// as one static instance per weight in <paramref name="weights"/>, made (or found) by <paramref name="instances"/>.
    /// Returns the faces added; none when the catalog does not know the family.
    /// </summary>
    public IReadOnlyList<IFontFace> AddFamily(FontCatalog catalog, string family, IReadOnlyList<int> weights, VariableInstances instances)
    {
        ArgumentNullException.ThrowIfNull(catalog);
        ArgumentNullException.ThrowIfNull(weights);
        ArgumentNullException.ThrowIfNull(instances);
        var added = new List<IFontFace>();
        foreach (var face in catalog.Family(family))
        {
            if (!face.IsVariable)
            {
                added.Add(AddFace(face.FilePath, face.Index));
                continue;
            }

            foreach (var weight in weights)
            {
                var path = instances.Instance(face, weight);
                string key = Path.GetFullPath(path);
                if (!_byPath.TryGetValue(key, out var known))
                {
                    known = TrueTypeFace.Open(path, 0, Math.Clamp(weight, face.MinWeight, face.MaxWeight));
                    Register(key, known);
                }
                added.Add(known);
            }
        }
        return added;
    }

    /// <summary>
    /// The face of <paramref name="family"/> (case-insensitive) closest to a weight and slant, as CSS
    /// matches them: the right slant if the family has it, then the nearest weight. Null for an unknown family.
    /// </summary>
    public IFontFace? FindFace(string family, int weight, bool italic) => FindTrueTypeFace(family, weight, italic);

    /// <summary>
    /// Loads now, on the calling thread, what text in <paramref name="style"/> will load on first use in the first face of
    /// its family chain (the face most of its text is set in): the character map and advances, the HarfBuzz shaper and
    /// the font program. Meant for another core while a caller reads its input. Never throws for a bad font: an error
    /// stays with the face and is thrown where the face is first used, as without preparing. Call after every file is added.
    /// </summary>
    public void Prepare(TextStyle style)
    {
        ArgumentNullException.ThrowIfNull(style);
        if (ChainFor(style).Faces is [var first, ..])
            first.Prepare();
    }

    /// <inheritdoc />
    public IFontFace Select(TextStyle style, int codePoint, string context)
    {
        var chain = ChainFor(style);
        return chain.Find(codePoint) ?? throw new MissingGlyphException(codePoint, context, chain.Tried);
    }

    /// <summary>
    /// The width of <paramref name="text"/> in points: each character's advance in the face
    /// <see cref="Select"/> picks, times the size. No kerning: the PDF writer draws plain advances.
    /// </summary>
    public double MeasureWidth(string text, TextStyle style) => MeasureWidth(text.AsSpan(), style, text);

    /// <summary>The width of a slice of text in points; see <see cref="MeasureWidth(string, TextStyle)"/>.</summary>
    public double MeasureWidth(ReadOnlySpan<char> text, TextStyle style) => MeasureWidth(text, style, null);

    private double MeasureWidth(ReadOnlySpan<char> text, TextStyle style, string? context)
    {
        var chain = ChainFor(style);
        double ems = 0;
        foreach (var rune in text.EnumerateRunes())
        {
            int codePoint = rune.Value;
            var face = chain.Find(codePoint)
                ?? throw new MissingGlyphException(codePoint, context ?? text.ToString(), chain.Tried);
            ems += face.GetAdvance(codePoint);
        }
        return ems * style.FontSize;
    }

    private void TryAdd(string path)
    {
        try
        {
            // A collection (.ttc) adds every face it holds; each is then found by its own family name.
            int count = TrueTypeFace.CountFaces(path);
            for (int index = 0; index < count; index++)
                AddFace(path, index);
        }
        catch (UnsupportedFontException e)
        {
            _skipped.Add(new SkippedFont(e.FilePath, e.Reason));
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            _skipped.Add(new SkippedFont(Path.GetFullPath(path), e.Message));
        }
    }

    private TrueTypeFace? FindTrueTypeFace(string family, int weight, bool italic) =>
        _byFamily.TryGetValue(family.Trim(), out var faces) ? FaceMatching.Closest(faces, weight, italic) : null;

    private FaceChain ChainFor(TextStyle style)
    {
        var last = _lastChain;
        if (last is not null && ReferenceEquals(last.Style, style))
            return last.Chain;
        var chain = _chains.GetOrAdd(new ChainKey(style.FontFamily, style.Weight, style.Italic), Resolve);
        _lastChain = new StyleChain(style, chain);
        return chain;
    }

    private FaceChain Resolve(ChainKey key)
    {
        var faces = new List<TrueTypeFace>();
        var tried = new List<string>();
        foreach (var family in key.FontFamily.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries))
        {
            var face = FindTrueTypeFace(family, key.Weight, key.Italic);
            if (face is null)
            {
                tried.Add($"{family} (not loaded)");
            }
            else if (!faces.Contains(face))
            {
                faces.Add(face);
                tried.Add(face.ToString());
            }
        }
        return new FaceChain([.. faces], [.. tried]);
    }
}
