namespace Briefing.Theming;

/// <summary>One key of the theme/1 format: its name, kind, whether it is required, what it holds, and its own keys when it is a mapping.</summary>
public sealed record ThemeKey(string Name, ThemeKeyKind Kind, bool Required, string Description, IReadOnlyList<ThemeKey>? Keys = null)
{
    /// <summary>The nested key with the name, or null.</summary>
    public ThemeKey? Find(string name) => Keys?.FirstOrDefault(k => k.Name == name);
}
