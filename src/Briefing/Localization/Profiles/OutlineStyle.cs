namespace Briefing.Localization.Profiles;

/// <summary>How a language numbers the document's outline: its sections and the items inside a section.</summary>
public abstract class OutlineStyle
{
    /// <summary>The label of the <paramref name="number"/>-th section (1-based): <c>1.</c>.</summary>
    public abstract string SectionLabel(int number);

    /// <summary>The label of the <paramref name="index"/>-th item (1-based) of section <paramref name="section"/>: <c>가.</c>, <c>3.1</c>.</summary>
    public abstract string ItemLabel(int section, int index);

    /// <summary>
    /// Whether a list of <paramref name="count"/> items is labelled at all: Korean reports leave a single item
    /// unlabelled; elsewhere every list keeps its numbers.
    /// </summary>
    public virtual bool LabelsList(int count) => true;

    /// <summary>
    /// How a reference elsewhere in the document names an item: its label when the label says its section
    /// (<c>3.1</c>), else the section and the label (<c>3-가</c>), since <c>가.</c> alone names one item in every section.
    /// </summary>
    public virtual string ReferenceLabel(int section, int index) => ItemLabel(section, index).TrimEnd('.');
}
