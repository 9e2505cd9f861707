namespace Briefing.Localization.Profiles;

/// <summary>One of the forms a <see cref="DateStyle"/> writes.</summary>
public enum DateForm
{
    /// <summary>The compact form: <c>2025. 10. 30.(목)</c>, <c>2025-10-30</c>.</summary>
    Short,

    /// <summary>The prose form: <c>October 30, 2025</c>, <c>30 octobre 2025</c>.</summary>
    Long,

    /// <summary>The prose form with the weekday: <c>le jeudi 30 octobre 2025</c>.</summary>
    LongWithWeekday,
}
