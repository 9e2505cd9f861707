namespace Briefing.Snapshots.Pdf;

/// <summary>Font base names as snapshots show them: without the six-letter subset tag, which may churn.</summary>
internal static class FontNames
{
    public static (string Name, bool Subset) Normalize(string baseName)
    {
        if (baseName.Length > 7 && baseName[6] == '+')
        {
            var tagged = true;
            for (var i = 0; i < 6; i++)
            {
                if (baseName[i] is < 'A' or > 'Z')
                {
                    tagged = false;
                    break;
                }
            }

            if (tagged)
            {
                return (baseName[7..], true);
            }
        }

        return (baseName, false);
    }
}
