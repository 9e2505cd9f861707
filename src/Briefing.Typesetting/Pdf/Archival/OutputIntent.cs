using Briefing.Typesetting.Pdf.Syntax;

namespace Briefing.Typesetting.Pdf.Archival;

/// <summary>
/// The PDF/A output intent (ISO 19005-1, 6.2.2): the colours of the file are meant for an sRGB display,
/// described by the embedded <see cref="SrgbProfile"/>. With it, the file's DeviceRGB and DeviceGray
/// colours have a defined meaning, as PDF/A asks.
/// </summary>
internal static class OutputIntent
{
    /// <summary>Writes the ICC profile stream (compressed with <paramref name="deflaters"/>) and returns the catalog's /OutputIntents array.</summary>
    public static string Write(PdfFileWriter file, DeflaterPool deflaters)
    {
        var profile = file.Reserve();
        file.CompressedStream(profile, deflaters.Compress(SrgbProfile.Build()), "/N 3");
        var name = SrgbProfile.ConditionIdentifier;
        return $"[<</Type/OutputIntent/S/GTS_PDFA1/OutputConditionIdentifier({name})/RegistryName(http://www.color.org)/Info({name})/DestOutputProfile {profile} 0 R>>]";
    }
}
