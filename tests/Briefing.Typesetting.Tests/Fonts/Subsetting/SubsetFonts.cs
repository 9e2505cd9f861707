using System.Diagnostics;
using Briefing.Typesetting.Fonts;

namespace Briefing.Typesetting.Tests.Fonts.Subsetting;

/// <summary>The system fonts the subsetting tests use, and helpers shared by them.</summary>
internal static class SubsetFonts
{
    public const string NanumGothic = "/usr/share/fonts/truetype/nanum/NanumGothic.ttf";
    public const string NanumGothicBold = "/usr/share/fonts/truetype/nanum/NanumGothicBold.ttf";
    public const string NotoSans = "/usr/share/fonts/truetype/noto/NotoSans-Regular.ttf";

    public const string Sentence = "이재명 대통령과 마크 카니 캐나다 총리는 2025. 10. 30.(목) 경주에서 회담했다. Prime Minister Mark Carney met President Lee Jae Myung — café, naïve, Ångström.";

    /// <summary>The original glyph ids of a text's characters in a face (0 for those it lacks).</summary>
    public static int[] GlyphIds(string fontPath, string text)
    {
        var face = TrueTypeFace.Open(fontPath);
        var ids = new List<int>();
        foreach (var rune in text.EnumerateRunes())
            ids.Add(face.GlyphId(rune.Value));
        return [.. ids];
    }

    /// <summary>Runs a program, returning its exit code and output; null when it is not installed.</summary>
    public static (int ExitCode, string Output)? Run(string program, string arguments)
    {
        var which = Process.Start(new ProcessStartInfo("which", program) { RedirectStandardOutput = true })!;
        which.WaitForExit();
        if (which.ExitCode != 0)
            return null;
        var process = Process.Start(new ProcessStartInfo(program, arguments)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        })!;
        string output = process.StandardOutput.ReadToEnd() + process.StandardError.ReadToEnd();
        process.WaitForExit();
        return (process.ExitCode, output);
    }
}
