namespace Briefing.Localization.Profiles;

/// <summary>Korean report numbering (<see cref="OutlineNumbering"/>): sections <c>1.</c>, items <c>가.</c> under them.</summary>
public sealed class KoreanOutline : OutlineStyle
{
    /// <inheritdoc />
    public override string SectionLabel(int number) => OutlineNumbering.Label(1, number);

    /// <inheritdoc />
    public override string ItemLabel(int section, int index) => OutlineNumbering.Label(2, index);

    /// <inheritdoc />
    public override bool LabelsList(int count) => OutlineNumbering.Numbers(count);

    /// <inheritdoc />
    public override string ReferenceLabel(int section, int index) =>
        SectionLabel(section).TrimEnd('.') + "-" + ItemLabel(section, index).TrimEnd('.');
}
