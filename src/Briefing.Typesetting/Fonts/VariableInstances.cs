using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using Briefing.Typesetting.Fonts.Subsetting;

namespace Briefing.Typesetting.Fonts;

/// <summary>
/// Static instances of variable fonts, one file per font and weight, made by HarfBuzz's instancer and kept in a
/// cache folder: making one pins every axis of a 7 MB Korean font (a second or so), so it is done once per machine,
/// not once per render. An instance is an ordinary TrueType face: it is shaped, measured, subset and embedded as
/// one, so its widths are the instance's own.
/// </summary>
public sealed class VariableInstances(string cacheFolder)
{
    /// <summary>The default cache folder: <c>$XDG_CACHE_HOME/brief/instances</c>, else <c>~/.cache/brief/instances</c>.</summary>
    public static string DefaultFolder()
    {
        var cache = Environment.GetEnvironmentVariable("XDG_CACHE_HOME");
        if (string.IsNullOrEmpty(cache))
            cache = Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.UserProfile), ".cache");
        return Path.Combine(cache, "brief", "instances");
    }

    /// <summary>
    /// The path of the instance of <paramref name="face"/> at <paramref name="weight"/> (clamped to its weight axis),
    /// made now if the cache does not hold it yet. The file is written atomically; its name is derived from the
    /// font file's path, size and time of change, so a changed font gets new instances.
    /// </summary>
    public string Instance(CatalogFace face, int weight)
    {
        weight = Math.Clamp(weight, face.MinWeight, face.MaxWeight);
        var info = new FileInfo(face.FilePath);
        var key = string.Create(CultureInfo.InvariantCulture, $"{info.FullName}|{info.Length}|{info.LastWriteTimeUtc.Ticks}|{face.Index}");
        var hash = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(key)))[..16];
        var name = string.Create(CultureInfo.InvariantCulture, $"{Path.GetFileNameWithoutExtension(face.FilePath)}-{hash}-wght{weight}.ttf");
        var path = Path.Combine(cacheFolder, name);
        if (File.Exists(path))
            return path;

        var bytes = HarfBuzzSubsetter.Instance(face.FilePath, face.Index, [("wght", weight)]);
        Directory.CreateDirectory(cacheFolder);
        var temporary = path + "." + Environment.ProcessId.ToString(CultureInfo.InvariantCulture) + ".tmp";
        File.WriteAllBytes(temporary, bytes);
        File.Move(temporary, path, overwrite: true);
        return path;
    }
}
