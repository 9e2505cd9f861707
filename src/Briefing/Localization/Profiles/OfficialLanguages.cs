namespace Briefing.Localization.Profiles;

/// <summary>The official languages of the governments whose frames brief sets.</summary>
public static class OfficialLanguages
{
    /// <summary>Canada's official languages, English and French: a GC marking is given in both.</summary>
    public static IReadOnlyList<string> Canada { get; } = ["en", "fr"];
}
