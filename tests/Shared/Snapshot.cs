using System.Runtime.CompilerServices;
using Briefing.Snapshots.Images;
using Briefing.Snapshots.Pdf;
using Briefing.Snapshots.Verification;

namespace Briefing.Testing;

/// <summary>
/// Verify-style snapshot assertions for xunit: files named <c>&lt;Class&gt;.&lt;Method&gt;[.&lt;name&gt;]</c> beside the test source.
/// Accept locally with <c>BRIEF_ACCEPT_SNAPSHOTS=1</c>; with <c>CI</c> set nothing is ever accepted.
/// Include it in a test project with <c>&lt;Compile Include="../Shared/*.cs" LinkBase="Shared" /&gt;</c>
/// and a project reference to Briefing.Snapshots.
/// </summary>
internal static class Snapshot
{
    /// <summary>The resolution of PNG page snapshots: enough to see a 2 pt move, small enough to commit.</summary>
    public const int PageDpi = 72;

    /// <summary>Verifies text against <c>&lt;Class&gt;.&lt;Method&gt;[.&lt;name&gt;].verified.txt</c>.</summary>
    public static void Verify(string text, string? name = null, [CallerFilePath] string file = "", [CallerMemberName] string method = "")
    {
        var (store, snapshotName) = Locate(name, file, method);
        Check(store.VerifyText(snapshotName, text));
    }

    /// <summary>Verifies PNG pages against <c>&lt;Class&gt;.&lt;Method&gt;[.&lt;name&gt;]#page_0001.verified.png</c>...</summary>
    public static void VerifyPages(IReadOnlyList<byte[]> pngPages, string? name = null, [CallerFilePath] string file = "", [CallerMemberName] string method = "")
    {
        var (store, snapshotName) = Locate(name, file, method);
        Check(store.VerifyPages(snapshotName, pngPages));
    }

    /// <summary>Verifies a PDF's text snapshot and, when <paramref name="pages"/> is set, its rendered pages.</summary>
    public static void VerifyPdf(byte[] pdf, string? name = null, bool pages = true, [CallerFilePath] string file = "", [CallerMemberName] string method = "")
    {
        var (store, snapshotName) = Locate(name, file, method);
        var text = store.VerifyText(snapshotName, PdfSnapshot.FromPdf(pdf));
        var images = pages ? store.VerifyPages(snapshotName, PageImages.Render(pdf, PageDpi)) : null;
        if (!text.Passed || images is { Passed: false })
        {
            var message = text.Passed ? "" : text.Message;
            if (images is { Passed: false })
            {
                message += (message.Length > 0 ? "\n" : "") + images.Message;
            }

            throw new Xunit.Sdk.XunitException(message);
        }
    }

    private static (SnapshotStore Store, string Name) Locate(string? name, string file, string method)
    {
        if (string.IsNullOrEmpty(file) || string.IsNullOrEmpty(method))
        {
            throw new ArgumentException("Snapshot needs the caller's file and method; do not pass them explicitly.");
        }

        var directory = Path.GetDirectoryName(file) ?? throw new ArgumentException($"No folder in '{file}'.");
        if (!Directory.Exists(directory))
        {
            // A mapped source path (ContinuousIntegrationBuild, PathMap) would silently look elsewhere.
            throw new InvalidOperationException($"The test source folder '{directory}' does not exist; is the source path mapped?");
        }

        // One type per file, so the file name is the test class's name.
        var snapshotName = $"{Path.GetFileNameWithoutExtension(file)}.{method}{(string.IsNullOrEmpty(name) ? "" : "." + name)}";
        return (new SnapshotStore(directory, SnapshotOptions.FromEnvironment()), snapshotName);
    }

    private static void Check(SnapshotResult result)
    {
        if (!result.Passed)
        {
            throw new Xunit.Sdk.XunitException(result.Message);
        }
    }
}
