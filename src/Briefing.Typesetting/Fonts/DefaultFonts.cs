namespace Briefing.Typesetting.Fonts;

/// <summary>
/// The fonts a document gets when it names none: Noto Sans/Serif for Latin and Nanum Gothic/Myeongjo for
/// Hangul, from the Debian packages fonts-noto-core and fonts-nanum (installed by <c>.ci/setup</c>).
/// </summary>
public static class DefaultFonts
{
    /// <summary>Where Debian's fonts-noto-core puts its TrueType files.</summary>
    public const string NotoFolder = "/usr/share/fonts/truetype/noto";

    /// <summary>Where Debian's fonts-nanum puts its TrueType files.</summary>
    public const string NanumFolder = "/usr/share/fonts/truetype/nanum";

    /// <summary>The Latin sans-serif family (Noto Sans: 400, 700, each upright and italic).</summary>
    public const string LatinSans = "Noto Sans";

    /// <summary>The Latin serif family (Noto Serif: 400, 700, each upright and italic).</summary>
    public const string LatinSerif = "Noto Serif";

    /// <summary>The Korean sans-serif family (NanumGothic: 400 and a bold the font itself weighs at 600; no italic).</summary>
    public const string KoreanSans = "NanumGothic";

    /// <summary>The Korean serif family (NanumMyeongjo: 400 and a bold weighed at 600; no italic).</summary>
    public const string KoreanSerif = "NanumMyeongjo";

    /// <summary>The Debian package that provides <see cref="NotoFolder"/>.</summary>
    public const string NotoPackage = "fonts-noto-core";

    /// <summary>The Debian package that provides <see cref="NanumFolder"/>.</summary>
    public const string NanumPackage = "fonts-nanum";

    /// <summary>The file names loaded from the Noto folder.</summary>
    public static IReadOnlyList<string> NotoFiles { get; } =
    [
        "NotoSans-Regular.ttf", "NotoSans-Bold.ttf", "NotoSans-Italic.ttf", "NotoSans-BoldItalic.ttf",
        "NotoSerif-Regular.ttf", "NotoSerif-Bold.ttf", "NotoSerif-Italic.ttf", "NotoSerif-BoldItalic.ttf",
    ];

    /// <summary>
    /// The file names loaded from the Nanum folder. NanumGothicExtraBold is not among them: it ships in
    /// fonts-nanum-extra, and loading it only where installed would make output differ between machines.
    /// </summary>
    public static IReadOnlyList<string> NanumFiles { get; } =
    [
        "NanumGothic.ttf", "NanumGothicBold.ttf", "NanumMyeongjo.ttf", "NanumMyeongjoBold.ttf",
    ];

    /// <summary>A library of exactly the default faces from the Debian folders.</summary>
    public static FontLibrary Load() => Load(NotoFolder, NanumFolder);

    /// <summary>
    /// A library of exactly the default faces from the given folders (only these twelve files are read,
    /// not the whole folders). Throws <see cref="FileNotFoundException"/> naming the missing files and the
    /// package to install.
    /// </summary>
    public static FontLibrary Load(string notoFolder, string nanumFolder)
    {
        var files = new List<string>(NotoFiles.Count + NanumFiles.Count);
        var missing = new List<string>();
        var packages = new List<string>();
        Collect(notoFolder, NotoFiles, NotoPackage, files, missing, packages);
        Collect(nanumFolder, NanumFiles, NanumPackage, files, missing, packages);
        if (missing.Count > 0)
        {
            throw new FileNotFoundException(
                $"Default font file(s) missing: {string.Join(", ", missing)}. Install the Debian package(s) "
                + $"{string.Join(" and ", packages)} (sudo apt-get install {string.Join(' ', packages)}); .ci/setup installs them.",
                missing[0]);
        }

        var library = new FontLibrary();
        foreach (var file in files)
            library.AddFile(file);
        return library;
    }

    private static void Collect(
        string folder, IReadOnlyList<string> names, string package, List<string> files, List<string> missing, List<string> packages)
    {
        foreach (var name in names)
        {
            string path = Path.Combine(folder, name);
            if (File.Exists(path))
            {
                files.Add(path);
                continue;
            }
            missing.Add(path);
            if (!packages.Contains(package))
                packages.Add(package);
        }
    }
}
