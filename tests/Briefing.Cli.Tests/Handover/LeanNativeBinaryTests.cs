using System.Diagnostics;
using System.Runtime.InteropServices;
using System.Text;
using Briefing.Cli.Tests.Infrastructure;
using Briefing.Testing;

namespace Briefing.Cli.Tests.Handover;

/// <summary>
/// The lean native binary as <c>./brief</c> publishes it (<c>-p:PublishAot=true -p:BriefPdfReading=false</c>):
/// the AOT compiler really left PdfPig and the snapshots out (their names, which the full binary carries for
/// its types and stack traces, are nowhere in it), a brief renders byte for byte as the JIT build renders it
/// (also with icu.net's fallback compiled out of every native binary, so with ICU's C API alone: IcuNetFallback),
/// and a PDF input is handed, through a real execv, to the launcher beside <c>artifacts/</c>. On Linux it is linked
/// at a fixed address, which is what makes it start without expanding its type data.
/// </summary>
public sealed class LeanNativeBinaryTests
{
    [NativeFact]
    public void The_lean_binary_has_no_PdfPig_renders_as_the_full_build_and_hands_a_pdf_to_the_launcher()
    {
        using var temp = new TempFolder();
        var binary = Publish(temp.File("artifacts/brief-native"));
        var launcher = temp.Write("brief", LeanBuild.Echo);
        if (!OperatingSystem.IsWindows())
        {
            File.SetUnixFileMode(launcher, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
        }

        var bytes = File.ReadAllBytes(binary);
        if (OperatingSystem.IsLinux())
        {
            // Linked at a fixed address (ELF type 2), not position independent (3): its type data is then final
            // in the file, with nothing to expand or patch at start (Briefing.Cli.csproj, docs/performance.md).
            Assert.Equal(2, BitConverter.ToUInt16(bytes, 16));
        }

        var text = Encoding.Latin1.GetString(bytes);
        Assert.Contains("YamlDotNet", text, StringComparison.Ordinal); // what the search finds when a library is there
        Assert.DoesNotContain("UglyToad", text, StringComparison.Ordinal);
        Assert.DoesNotContain("Briefing.Snapshots", text, StringComparison.Ordinal);

        var brief = temp.Write("tiny.yaml", Briefs.Tiny());
        var lean = Run(binary, temp.Path, "render", brief, "--lang", "en", "--out", temp.File("lean"));
        var direct = BriefProcess.RunIn(temp.Path, "render", brief, "--lang", "en", "--out", temp.File("direct"));
        Assert.True(lean.ExitCode == 0, lean.ToString());
        Assert.Equal(direct.Error, lean.Error);
        Assert.Equal(File.ReadAllBytes(temp.File("direct/tiny.en.pdf")), File.ReadAllBytes(temp.File("lean/tiny.en.pdf")));

        // The translations it lists come from the build, not from a search of cultures that invariant globalization lacks.
        var unsupported = Run(binary, temp.Path, "render", brief, "--lang", "de");
        Assert.Contains("supported: en, fr, ko,", unsupported.Error, StringComparison.Ordinal);

        var handed = Run(binary, temp.Path, "render", temp.File("lean/tiny.en.pdf"), "--lang", "ko");
        Assert.Equal(9, handed.ExitCode);
        Assert.Equal($"full BRIEF_FULL=1\n[render]\n[{temp.File("lean/tiny.en.pdf")}]\n[--lang]\n[ko]\n", handed.Out);
    }

    private static string Publish(string folder)
    {
        var start = new ProcessStartInfo("dotnet")
        {
            WorkingDirectory = RepositoryRoot.Find(),
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var argument in (string[])["publish", "src/Briefing.Cli/Briefing.Cli.csproj", "-c", "Release", "-r", RuntimeInformation.RuntimeIdentifier, "-nologo", "-v", "q",
            "-p:PublishAot=true", "-p:BriefPdfReading=false", "-o", folder])
        {
            start.ArgumentList.Add(argument);
        }

        using var process = Process.Start(start)!;
        var error = process.StandardError.ReadToEndAsync();
        var output = process.StandardOutput.ReadToEnd();
        process.WaitForExit();
        Assert.True(process.ExitCode == 0, output + error.Result);
        return Path.Combine(folder, "brief");
    }

    private static CommandRun Run(string binary, string workingDirectory, params string[] args)
    {
        var start = new ProcessStartInfo(binary, args)
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.Environment.Remove("BRIEF_FULL");
        using var process = Process.Start(start)!;
        var error = process.StandardError.ReadToEndAsync();
        var output = process.StandardOutput.ReadToEnd();
        process.WaitForExit();
        return new CommandRun(process.ExitCode, output, error.Result);
    }
}
