using System.Globalization;

namespace Briefing.Localization.Profiles;

/// <summary>Decimal numbering as English and French briefing notes use it: sections <c>3.</c>, items <c>3.1</c>, <c>3.2</c>.</summary>
public sealed class DecimalOutline : OutlineStyle
{
    /// <inheritdoc />
    public override string SectionLabel(int number) => number.ToString(CultureInfo.InvariantCulture) + ".";

    /// <inheritdoc />
    public override string ItemLabel(int section, int index) =>
        string.Create(CultureInfo.InvariantCulture, $"{section}.{index}");
}
