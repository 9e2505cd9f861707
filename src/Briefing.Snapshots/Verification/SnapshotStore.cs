using System.Globalization;
using System.Text;
using Briefing.Snapshots.Images;

namespace Briefing.Snapshots.Verification;

/// <summary>
/// Verify-style snapshot files in one folder: <c>&lt;name&gt;.verified.txt</c> and <c>&lt;name&gt;#page_0001.verified.png</c>
/// are committed; a mismatch writes <c>.received.</c> (and <c>.diff.png</c>) files next to them, a match removes those.
/// </summary>
public sealed class SnapshotStore
{
    private static readonly UTF8Encoding Utf8NoBom = new(encoderShouldEmitUTF8Identifier: false);

    private readonly Action<string, byte[]> _writeFile;

    /// <summary>Creates a store over the folder (created on first write) with the given options.</summary>
    public SnapshotStore(string directory, SnapshotOptions options)
        : this(directory, options, File.WriteAllBytes)
    {
    }

    /// <summary>
    /// Creates a store that writes every file through <paramref name="writeFile"/> (path, bytes), e.g. an atomic
    /// write, so that an interrupted run never leaves half a verified file.
    /// </summary>
    public SnapshotStore(string directory, SnapshotOptions options, Action<string, byte[]> writeFile)
    {
        ArgumentException.ThrowIfNullOrEmpty(directory);
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(writeFile);
        Directory = directory;
        Options = options;
        _writeFile = writeFile;
    }

    /// <summary>The folder holding the snapshot files.</summary>
    public string Directory { get; }

    /// <summary>The comparison and accept options.</summary>
    public SnapshotOptions Options { get; }

    /// <summary>Normalises snapshot text: LF line ends and exactly one final newline.</summary>
    public static string NormalizeText(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var lf = text.Replace("\r\n", "\n", StringComparison.Ordinal).Replace('\r', '\n');
        if (lf.Length > 0 && lf[0] == '\uFEFF')
        {
            lf = lf[1..];
        }

        return lf.TrimEnd('\n') + "\n";
    }

    /// <summary>Compares text with <c>&lt;name&gt;.verified.&lt;extension&gt;</c>, writing received or verified files as the options say.</summary>
    public SnapshotResult VerifyText(string name, string text, string extension = "txt")
    {
        CheckName(name);
        ArgumentException.ThrowIfNullOrEmpty(extension);
        var received = NormalizeText(text);
        var verifiedPath = PathOf(name, "verified", extension);
        var receivedPath = PathOf(name, "received", extension);
        var exists = File.Exists(verifiedPath);
        var verified = exists ? NormalizeText(File.ReadAllText(verifiedPath, Encoding.UTF8)) : null;

        if (verified == received)
        {
            DeleteIfPresent(receivedPath);
            return new SnapshotResult(name, SnapshotOutcome.Matched, "", []);
        }

        if (Options.MayAccept)
        {
            WriteText(verifiedPath, received);
            DeleteIfPresent(receivedPath);
            return new SnapshotResult(name, SnapshotOutcome.Accepted, $"Accepted {verifiedPath}", [verifiedPath]);
        }

        WriteText(receivedPath, received);
        var message = new StringBuilder();
        message.Append(exists
            ? $"Snapshot {name} differs from {Path.GetFileName(verifiedPath)}.\n"
            : $"Snapshot {name} has no verified file {Path.GetFileName(verifiedPath)} yet.\n");
        message.Append("Received: ").Append(receivedPath).Append('\n');
        AppendHint(message);
        message.Append(UnifiedDiff.Create(verified ?? "", received, exists ? Path.GetFileName(verifiedPath) : "(no verified file)", Path.GetFileName(receivedPath), IsPageHeading));
        return new SnapshotResult(name, exists ? SnapshotOutcome.Changed : SnapshotOutcome.Missing, message.ToString(), [receivedPath]);
    }

    /// <summary>Compares PNG pages with <c>&lt;name&gt;#page_0001.verified.png</c>..., within the channel tolerance.</summary>
    public SnapshotResult VerifyPages(string name, IReadOnlyList<byte[]> pngPages)
    {
        CheckName(name);
        ArgumentNullException.ThrowIfNull(pngPages);
        var outcome = SnapshotOutcome.Matched;
        var written = new List<string>();
        var message = new StringBuilder();

        for (var i = 0; i < pngPages.Count; i++)
        {
            var page = PageName(name, i + 1);
            var verifiedPath = PathOf(page, "verified", "png");
            var receivedPath = PathOf(page, "received", "png");
            var diffPath = PathOf(page, "diff", "png");
            var png = pngPages[i];
            ImageDifference? difference = null;
            var exists = File.Exists(verifiedPath);
            if (exists)
            {
                var verified = File.ReadAllBytes(verifiedPath);
                if (verified.AsSpan().SequenceEqual(png))
                {
                    DeleteIfPresent(receivedPath);
                    DeleteIfPresent(diffPath);
                    continue;
                }

                difference = ImageComparison.Compare(verified, png, Options.ChannelTolerance);
                if (difference.IsMatch)
                {
                    // Within tolerance: keep the committed file, so noise does not churn the repository.
                    DeleteIfPresent(receivedPath);
                    DeleteIfPresent(diffPath);
                    continue;
                }
            }

            if (Options.MayAccept)
            {
                WriteBytes(verifiedPath, png);
                DeleteIfPresent(receivedPath);
                DeleteIfPresent(diffPath);
                written.Add(verifiedPath);
                outcome = Worse(outcome, SnapshotOutcome.Accepted);
                continue;
            }

            WriteBytes(receivedPath, png);
            written.Add(receivedPath);
            if (difference is null)
            {
                outcome = Worse(outcome, SnapshotOutcome.Missing);
                message.Append(CultureInfo.InvariantCulture, $"page {i + 1}: no verified file {Path.GetFileName(verifiedPath)}; received {receivedPath}\n");
                continue;
            }

            WriteBytes(diffPath, difference.DiffMaskPng);
            written.Add(diffPath);
            outcome = Worse(outcome, SnapshotOutcome.Changed);
            message.Append(CultureInfo.InvariantCulture, $"page {i + 1}: {difference.DifferingPixels} pixels differ in {difference.Region} px (largest channel difference {difference.LargestChannelDifference}, tolerance {Options.ChannelTolerance}){(difference.SizesDiffer ? ", page size changed" : "")}; diff {diffPath}\n");
        }

        foreach (var (number, path) in VerifiedPagesBeyond(name, pngPages.Count))
        {
            if (Options.MayAccept)
            {
                File.Delete(path);
                outcome = Worse(outcome, SnapshotOutcome.Accepted);
                continue;
            }

            outcome = Worse(outcome, SnapshotOutcome.Changed);
            message.Append(CultureInfo.InvariantCulture, $"page {number}: the document no longer has this page, but {Path.GetFileName(path)} exists\n");
        }

        if (outcome is SnapshotOutcome.Matched or SnapshotOutcome.Accepted)
        {
            return new SnapshotResult(name, outcome, outcome == SnapshotOutcome.Accepted ? $"Accepted pages of {name}" : "", written);
        }

        var header = new StringBuilder($"Image snapshot {name} does not match.\n");
        AppendHint(header);
        return new SnapshotResult(name, outcome, header.Append(message).ToString(), written);
    }

    /// <summary>The file name of one page of an image snapshot, without the <c>.verified.png</c> suffix.</summary>
    public static string PageName(string name, int pageNumber) =>
        string.Create(CultureInfo.InvariantCulture, $"{name}#page_{pageNumber:0000}");

    private IEnumerable<(int Number, string Path)> VerifiedPagesBeyond(string name, int pageCount)
    {
        if (!System.IO.Directory.Exists(Directory))
        {
            yield break;
        }

        var prefix = name + "#page_";
        const string suffix = ".verified.png";
        var found = new List<(int, string)>();
        foreach (var path in System.IO.Directory.EnumerateFiles(Directory, prefix + "*" + suffix))
        {
            var file = Path.GetFileName(path);
            var digits = file.AsSpan(prefix.Length, file.Length - prefix.Length - suffix.Length);
            if (int.TryParse(digits, NumberStyles.None, CultureInfo.InvariantCulture, out var number) && number > pageCount)
            {
                found.Add((number, path));
            }
        }

        found.Sort((x, y) => x.Item1.CompareTo(y.Item1));
        foreach (var item in found)
        {
            yield return item;
        }
    }

    // PdfSnapshot's page separators: "--- page 2 (595 × 842) ---".
    private static bool IsPageHeading(string line) =>
        line.StartsWith("--- page ", StringComparison.Ordinal) && line.EndsWith(" ---", StringComparison.Ordinal);

    private void AppendHint(StringBuilder message)
    {
        if (Options.AcceptRefused)
        {
            message.Append("Accepting is refused: CI is set, and a build server never accepts snapshots.\n");
        }
        else if (Options.AcceptHint is { } hint)
        {
            message.Append(hint).Append('\n');
        }
        else
        {
            message.Append(CultureInfo.InvariantCulture, $"To accept: rerun with {SnapshotOptions.AcceptVariable}=1, or rename the .received file to .verified.\n");
        }
    }

    private string PathOf(string name, string kind, string extension) =>
        Path.Combine(Directory, $"{name}.{kind}.{extension}");

    private void WriteText(string path, string text) => WriteBytes(path, Utf8NoBom.GetBytes(text));

    private void WriteBytes(string path, byte[] bytes)
    {
        System.IO.Directory.CreateDirectory(Directory);
        _writeFile(path, bytes);
    }

    private static void DeleteIfPresent(string path)
    {
        if (File.Exists(path))
        {
            File.Delete(path);
        }
    }

    private static SnapshotOutcome Worse(SnapshotOutcome a, SnapshotOutcome b) => (SnapshotOutcome)Math.Max((int)a, (int)b);

    private static void CheckName(string name)
    {
        ArgumentException.ThrowIfNullOrEmpty(name);
        if (name.IndexOfAny(['/', '\\', '#']) >= 0 || name.StartsWith('.') || name.IndexOfAny(Path.GetInvalidFileNameChars()) >= 0)
        {
            throw new ArgumentException($"Snapshot name '{name}' must be a plain file name like Class.Method or Class.Method.name.", nameof(name));
        }
    }
}
