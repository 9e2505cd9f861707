using Briefing.Typesetting.Pdf.Attachments;

namespace Briefing.Typesetting.Pdf;

/// <summary>
/// What the PDF says about itself. Dates are given by the caller: nothing reads the clock, so the same
/// input always gives the same bytes.
/// </summary>
public sealed record DocumentMetadata
{
    /// <summary>The title (shown by viewers instead of the file name).</summary>
    public string Title { get; init; } = "";

    /// <summary>The author.</summary>
    public string Author { get; init; } = "";

    /// <summary>The subject.</summary>
    public string Subject { get; init; } = "";

    /// <summary>Keywords, comma-separated.</summary>
    public string Keywords { get; init; } = "";

    /// <summary>The program that made the content.</summary>
    public string Creator { get; init; } = "";

    /// <summary>The document language as a BCP 47 tag, e.g. "ko-KR" or "en-CA".</summary>
    public string Language { get; init; } = "en";

    /// <summary>Creation date (also used as the modification date).</summary>
    public DateTimeOffset CreationDate { get; init; } = new(2000, 1, 1, 0, 0, 0, TimeSpan.Zero);

    /// <summary>Files carried inside the PDF as associated files of the document (e.g. its source); none by default.</summary>
    public IReadOnlyList<FileAttachment> Attachments { get; init; } = [];
}
