namespace Briefing.Format;

/// <summary>One mapping of the format and the keys it allows.</summary>
public sealed record ObjectSpec(string Name, string Description, IReadOnlyList<FieldSpec> Fields)
{
    /// <summary>The field with the name, or null.</summary>
    public FieldSpec? Find(string name)
    {
        foreach (var field in Fields)
        {
            if (field.Name == name)
            {
                return field;
            }
        }

        return null;
    }
}
