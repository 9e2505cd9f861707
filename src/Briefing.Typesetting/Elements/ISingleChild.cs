using Briefing.Typesetting.Layout;

namespace Briefing.Typesetting.Elements;

/// <summary>A wrapper around one child; lets containers see through wrappers (for keep-with-next).</summary>
internal interface ISingleChild
{
    /// <summary>The wrapped element.</summary>
    Element Child { get; }
}
