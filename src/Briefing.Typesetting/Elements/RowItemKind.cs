namespace Briefing.Typesetting.Elements;

/// <summary>How a row item's width is decided.</summary>
internal enum RowItemKind
{
    /// <summary>A fixed width in points.</summary>
    Constant,
    /// <summary>A share of the width left after constant and auto items.</summary>
    Relative,
    /// <summary>The width the content asks for.</summary>
    Auto,
}
