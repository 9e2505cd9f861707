namespace Briefing.Cli.Tests.Handover;

/// <summary>
/// A test that publishes Native AOT, which takes minutes of every core: it runs when BRIEF_NATIVE_TESTS=1 and
/// is reported as skipped (never as passed) otherwise.
/// </summary>
public sealed class NativeFactAttribute : FactAttribute
{
    /// <summary>The environment variable that turns these tests on.</summary>
    public const string Variable = "BRIEF_NATIVE_TESTS";

    public NativeFactAttribute()
    {
        if (Environment.GetEnvironmentVariable(Variable) != "1")
        {
            Skip = $"publishes Native AOT (minutes of every core); run with {Variable}=1";
        }
    }
}
