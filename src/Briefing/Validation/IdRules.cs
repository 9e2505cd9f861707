using System.Text;

namespace Briefing.Validation;

/// <summary>Ids are lowercase kebab-case: <c>lee-jae-myung</c>, <c>kr</c>, <c>classified-information</c>.</summary>
internal static class IdRules
{
    public static bool IsKebabCase(string id)
    {
        if (id.Length == 0 || id[0] == '-' || id[^1] == '-')
        {
            return false;
        }

        for (var i = 0; i < id.Length; i++)
        {
            var c = id[i];
            var ok = c is (>= 'a' and <= 'z') or (>= '0' and <= '9') || (c == '-' && id[i - 1] != '-');
            if (!ok)
            {
                return false;
            }
        }

        return true;
    }

    public static string Message(string id)
    {
        var suggestion = Suggest(id);
        var example = suggestion.Length > 0 && suggestion != id ? $" (e.g. '{suggestion}')" : string.Empty;
        return $"id '{id}' is not lowercase kebab-case{example}";
    }

    private static string Suggest(string id)
    {
        var builder = new StringBuilder(id.Length);
        foreach (var c in id.ToLowerInvariant())
        {
            if (c is (>= 'a' and <= 'z') or (>= '0' and <= '9'))
            {
                builder.Append(c);
            }
            else if (builder.Length > 0 && builder[^1] != '-')
            {
                builder.Append('-');
            }
        }

        return builder.ToString().TrimEnd('-');
    }
}
