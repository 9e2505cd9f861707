namespace Briefing.Composition;

/// <summary>The named destinations inside a brief's PDF, so links and their targets agree on the names.</summary>
internal static class Anchors
{
    /// <summary>An agreement's destination.</summary>
    public static string Agreement(ComposeContext context, string id) => context.AnchorPrefix + "agreement-" + id;

    /// <summary>A participant's row in the participants table.</summary>
    public static string Participant(ComposeContext context, string id) => context.AnchorPrefix + "participant-" + id;

    /// <summary>A numbered section (what the contents link to).</summary>
    public static string Section(ComposeContext context, int number) =>
        context.AnchorPrefix + "section-" + number.ToString(System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>A delegation's group row in the participants table.</summary>
    public static string Delegation(ComposeContext context, string id) => context.AnchorPrefix + "delegation-" + id;
}
