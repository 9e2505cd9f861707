namespace Briefing.Diagnostics;

/// <summary>One problem found in a brief, pointing at the line and column it comes from.</summary>
public sealed record Diagnostic(Severity Severity, string Code, string Message, SourceSpan Span)
{
    /// <summary>The diagnostic as one line: <c>briefs/x.yaml:12:5: error BRF012: message</c>.</summary>
    public override string ToString()
    {
        var severity = Severity == Severity.Error ? "error" : "warning";
        return $"{Span}: {severity} {Code}: {Message}";
    }

    /// <summary>Orders diagnostics by position, then code, then message, for a stable report.</summary>
    public static int Compare(Diagnostic left, Diagnostic right)
    {
        var byPosition = left.Span.CompareTo(right.Span);
        if (byPosition != 0)
        {
            return byPosition;
        }

        var byCode = string.CompareOrdinal(left.Code, right.Code);
        return byCode != 0 ? byCode : string.CompareOrdinal(left.Message, right.Message);
    }
}
