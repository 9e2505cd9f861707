using System.Buffers.Binary;
using System.Text;

namespace Briefing.Typesetting.Fonts;

/// <summary>
/// Which font files under some folders hold which families, read from each face's 'name', 'OS/2' and 'fvar'
/// tables only (no outlines, no character map), so that a theme can name a family and find its files without
/// fontconfig. Variable TrueType fonts are listed too (<see cref="CatalogFace.IsVariable"/>); files that are
/// not fonts, CFF2 and malformed files are passed over.
/// </summary>
public sealed class FontCatalog
{
    private static readonly string[] Patterns = ["*.ttf", "*.otf", "*.ttc", "*.otc"];

    private readonly Dictionary<string, List<CatalogFace>> _byFamily = new(StringComparer.OrdinalIgnoreCase);

    private FontCatalog()
    {
    }

    /// <summary>The system's font folders on Linux: /usr/share/fonts, /usr/local/share/fonts and the user's own.</summary>
    public static IReadOnlyList<string> SystemFolders()
    {
        var home = Environment.GetFolderPath(Environment.SpecialFolder.UserProfile);
        var data = Environment.GetEnvironmentVariable("XDG_DATA_HOME");
        var folders = new List<string> { "/usr/share/fonts", "/usr/local/share/fonts" };
        if (!string.IsNullOrEmpty(data))
            folders.Add(Path.Combine(data, "fonts"));
        if (!string.IsNullOrEmpty(home))
        {
            folders.Add(Path.Combine(home, ".local", "share", "fonts"));
            folders.Add(Path.Combine(home, ".fonts"));
        }
        return folders;
    }

    /// <summary>Every family found, with its faces, in the folders given (searched recursively; folders that do not exist are skipped).</summary>
    public static FontCatalog Scan(IEnumerable<string> folders)
    {
        var catalog = new FontCatalog();
        var options = new EnumerationOptions { RecurseSubdirectories = true, MatchCasing = MatchCasing.CaseInsensitive, IgnoreInaccessible = true };
        foreach (var folder in folders)
        {
            if (!Directory.Exists(folder))
                continue;
            var files = new List<string>();
            foreach (var pattern in Patterns)
                files.AddRange(Directory.EnumerateFiles(folder, pattern, options));
            // Sorted so that which of two equal faces comes first does not depend on the file system.
            files.Sort(StringComparer.Ordinal);
            foreach (var file in files)
                catalog.TryAdd(Path.GetFullPath(file));
        }
        return catalog;
    }

    /// <summary>The faces of <paramref name="family"/> (case-insensitive), in the order found; empty when none.</summary>
    public IReadOnlyList<CatalogFace> Family(string family) =>
        _byFamily.TryGetValue(family.Trim(), out var faces) ? faces : [];

    private void TryAdd(string path)
    {
        try
        {
            using var file = new FontFileReader(path);
            int count = file.FaceCount();
            for (int index = 0; index < count; index++)
            {
                if (Describe(file, path, index) is { } face)
                {
                    if (!_byFamily.TryGetValue(face.Family, out var list))
                        _byFamily.Add(face.Family, list = []);
                    list.Add(face);
                }
            }
        }
        catch (Exception e) when (e is UnsupportedFontException or IOException or UnauthorizedAccessException)
        {
            // Not a font we can use: a theme naming its family is told the family is not installed.
        }
    }

    private static CatalogFace? Describe(FontFileReader file, string path, int index)
    {
        var (signature, numTables, headerOffset) = file.ReadFaceHeader(index);
        if (signature is not (0x00010000 or 0x74727565 or 0x4F54544F))
            return null;
        var tables = file.ReadTableDirectory(numTables, headerOffset);
        if (tables.ContainsKey("CFF2") || !tables.TryGetValue("name", out var nameRecord) || !tables.TryGetValue("OS/2", out var os2Record) || os2Record.Length < 78)
            return null;
        var name = file.Read(nameRecord, "name");
        var family = NameTable.Find(name, 16, macRoman: false) ?? NameTable.Find(name, 1, macRoman: false);
        if (family is null)
            return null;
        var os2 = file.Read(os2Record, "OS/2");
        int weight = Math.Clamp(BinaryPrimitives.ReadUInt16BigEndian(os2.AsSpan(4)) is var w and > 0 ? (w < 10 ? w * 100 : w) : 400, 100, 900);
        int fsSelection = BinaryPrimitives.ReadUInt16BigEndian(os2.AsSpan(62));
        bool italic = (fsSelection & 0x0201) != 0;
        if (!tables.TryGetValue("fvar", out var fvarRecord))
            return new CatalogFace(path, index, family, weight, italic, false, weight, weight);
        var (min, max) = WeightAxis(file.Read(fvarRecord, "fvar")) ?? (weight, weight);
        return new CatalogFace(path, index, family, weight, italic, true, min, max);
    }

    // fvar: majorVersion, minorVersion, axesArrayOffset, reserved, axisCount, axisSize, then the axis records
    // (tag, min, default, max as 16.16 fixed, flags, name id).
    private static (int Min, int Max)? WeightAxis(byte[] fvar)
    {
        if (fvar.Length < 16)
            return null;
        int offset = BinaryPrimitives.ReadUInt16BigEndian(fvar.AsSpan(4));
        int count = BinaryPrimitives.ReadUInt16BigEndian(fvar.AsSpan(8));
        int size = BinaryPrimitives.ReadUInt16BigEndian(fvar.AsSpan(10));
        for (int i = 0; i < count; i++)
        {
            int at = offset + i * size;
            if (size < 20 || at + 20 > fvar.Length)
                return null;
            if (Encoding.ASCII.GetString(fvar, at, 4) != "wght")
                continue;
            double min = BinaryPrimitives.ReadInt32BigEndian(fvar.AsSpan(at + 4)) / 65536.0;
            double max = BinaryPrimitives.ReadInt32BigEndian(fvar.AsSpan(at + 12)) / 65536.0;
            return ((int)Math.Round(min), (int)Math.Round(max));
        }
        return null;
    }
}
