namespace Briefing.Model;

/// <summary>Whether a brief gets a table of contents after its title block (the <c>contents</c> key).</summary>
public enum ContentsMode
{
    /// <summary>When its content runs to four pages or more (the default).</summary>
    Auto,

    /// <summary>Always.</summary>
    On,

    /// <summary>Never.</summary>
    Off,
}
