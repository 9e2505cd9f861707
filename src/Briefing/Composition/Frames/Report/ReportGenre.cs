namespace Briefing.Composition.Frames.Report;

/// <summary>
/// The genre label of a report, which tells its reader what kind of paper is in hand. The rule: a paper
/// prepared after the day of the meeting can only report what happened there, so it is a result paper
/// (<c>회담 결과</c>); a paper prepared on the day or before it is reference material for the meeting
/// (<c>회담 참고자료</c>, the document kind). A same-day paper may in truth be either; before is the safer reading.
/// </summary>
internal static class ReportGenre
{
    /// <summary>Whether the brief reports a meeting's outcome: it was prepared after the meeting's date.</summary>
    public static bool ReportsOutcome(Model.Brief brief) => brief.Prepared.On > brief.Date;

    /// <summary>The genre label of the brief in the document's language.</summary>
    public static string Label(ComposeContext context) =>
        ReportsOutcome(context.Brief) ? context.Strings.ReportKindResult : context.Strings.DocumentKind;
}
