namespace Briefing.Composition;

/// <summary>The named destinations inside a brief's PDF, so links and their targets agree on the names.</summary>
internal static class Anchors
{
    /// <summary>An agreement's destination.</summary>
    public static string Agreement(string id) => "agreement-" + id;

    /// <summary>A participant's row in the participants table.</summary>
    public static string Participant(string id) => "participant-" + id;

    /// <summary>A delegation's group row in the participants table.</summary>
    public static string Delegation(string id) => "delegation-" + id;
}
