namespace Briefing.Typesetting.Text.LineBreaking;

/// <summary>ICU, which finds the line-break opportunities, could not be loaded on this machine.</summary>
public sealed class LineBreakUnavailableException(string message, Exception? inner)
    : Exception(message, inner);
