namespace Briefing.Localization;

/// <summary>Name and title in each language's order: <c>이재명 대통령</c>, <c>President Lee Jae Myung</c>.</summary>
public static class PersonNames
{
    /// <summary>Korean puts the title after the name; English (and the default) before it.</summary>
    public static string WithTitle(string name, string title, string language)
    {
        if (string.IsNullOrWhiteSpace(title))
        {
            return name;
        }

        var titleAfterName = language.Equals("ko", StringComparison.OrdinalIgnoreCase)
                             || language.StartsWith("ko-", StringComparison.OrdinalIgnoreCase);
        return titleAfterName ? $"{name} {title}" : $"{title} {name}";
    }
}
