namespace Briefing.Localization.Profiles;

/// <summary>
/// How a language writes dates, without reading the thread's culture (so two renders in two languages can
/// run side by side). Each form is the language's own, not a .NET culture pattern, because the government
/// styles differ from the platform's (<c>2025. 10. 30.</c> has spaces .NET's ko-KR pattern lacks).
/// </summary>
public abstract class DateStyle
{
    /// <summary>The compact form for tables and headers.</summary>
    public abstract string Short(DateOnly date);

    /// <summary>The prose form.</summary>
    public abstract string Long(DateOnly date);

    /// <summary>The prose form with the weekday.</summary>
    public abstract string LongWithWeekday(DateOnly date);

    /// <summary>The date in the given form.</summary>
    public string Format(DateOnly date, DateForm form) =>
        form switch
        {
            DateForm.Short => Short(date),
            DateForm.Long => Long(date),
            _ => LongWithWeekday(date),
        };
}
