using System.Globalization;

namespace Briefing.Fuzz;

/// <summary>The command line of the fuzzer.</summary>
internal sealed record FuzzOptions(string Target, int Seconds, string? Seed, TimeSpan CaseTimeout, long MaxMemoryBytes, long MaxCases = long.MaxValue, string? Corpus = null)
{
    public static bool TryParse(string[] args, out FuzzOptions options, out string error)
    {
        options = new FuzzOptions("loader", 30, null, TimeSpan.FromSeconds(20), 1536L * 1024 * 1024);
        error = "";
        for (var i = 0; i < args.Length; i++)
        {
            var value = i + 1 < args.Length ? args[i + 1] : null;
            switch (args[i])
            {
                case "--target" when value is "loader" or "layout" or "pdf-source":
                    options = options with { Target = value };
                    break;
                case "--seconds" when int.TryParse(value, CultureInfo.InvariantCulture, out var seconds) && seconds > 0:
                    options = options with { Seconds = seconds };
                    break;
                case "--seed" when value is not null && IsSeed(value):
                    options = options with { Seed = value };
                    break;
                case "--cases" when long.TryParse(value, CultureInfo.InvariantCulture, out var cases) && cases > 0:
                    options = options with { MaxCases = cases };
                    break;
                case "--corpus" when value is not null:
                    options = options with { Corpus = value };
                    break;
                case "--case-timeout" when int.TryParse(value, CultureInfo.InvariantCulture, out var timeout) && timeout > 0:
                    options = options with { CaseTimeout = TimeSpan.FromSeconds(timeout) };
                    break;
                case "--max-memory-mb" when long.TryParse(value, CultureInfo.InvariantCulture, out var megabytes) && megabytes > 0:
                    options = options with { MaxMemoryBytes = megabytes * 1024 * 1024 };
                    break;
                default:
                    error = $"unknown or incomplete option '{args[i]}'";
                    return false;
            }

            i++;
        }

        return true;
    }

    private static bool IsSeed(string value)
    {
        try
        {
            _ = CsCheck.PCG.Parse(value);
            return true;
        }
        catch (Exception e) when (e is FormatException or ArgumentException or OverflowException or IndexOutOfRangeException)
        {
            return false;
        }
    }
}
