using System.Globalization;

namespace Briefing.Cli.Output;

/// <summary>Fills the placeholders of a message from <c>Messages.resx</c>, culture-independently.</summary>
internal static class Text
{
    /// <summary>The message with <c>{0}</c>, <c>{1}</c>... replaced by the arguments.</summary>
    public static string Format(string message, params object?[] arguments) =>
        string.Format(CultureInfo.InvariantCulture, message, arguments);
}
