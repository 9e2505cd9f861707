namespace Briefing.Typesetting.Layout;

/// <summary>
/// Content that cannot be laid out: it does not fit even on an empty page, makes no progress, or the
/// document exceeds the page cap. The message names the element (type and any debug name) and why.
/// </summary>
public sealed class LayoutException : Exception
{
    /// <summary>Creates the exception for the given page (1-based) and reason.</summary>
    public LayoutException(int pageNumber, string reason)
        : base($"Layout failed on page {pageNumber}: {reason}")
    {
        PageNumber = pageNumber;
        Reason = reason;
    }

    /// <summary>The page being laid out when layout failed.</summary>
    public int PageNumber { get; }

    /// <summary>Why: the path of elements that did not fit (e.g. <c>Column > 'intro' > Image: needs ...</c>).</summary>
    public string Reason { get; }
}
