namespace Briefing.Model;

/// <summary>The paper a brief asks for.</summary>
public enum PaperSize
{
    /// <summary>ISO A4 (Korea's government paper).</summary>
    A4,

    /// <summary>US Letter (Canada's government paper).</summary>
    Letter,
}
