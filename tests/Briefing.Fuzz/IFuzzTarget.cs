namespace Briefing.Fuzz;

/// <summary>One thing to fuzz.</summary>
internal interface IFuzzTarget
{
    /// <summary>How the cases ended, for the summary line.</summary>
    string Outcomes { get; }

    /// <summary>Runs cases until the time is up; the finding, or null.</summary>
    string? Run(FuzzOptions options);
}
