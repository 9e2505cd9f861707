using System.Text;

namespace Briefing.Tests.Standards;

/// <summary>
/// Splits a content stream into operators with their operands (as raw token text), enough to follow marked
/// content and painting: strings, hex strings, dictionaries, arrays, names, numbers and inline images.
/// </summary>
internal static class ContentTokens
{
    /// <summary>One operator and the operand tokens before it.</summary>
    public sealed record Operation(string Operator, IReadOnlyList<string> Operands);

    public static IEnumerable<Operation> Read(byte[] data)
    {
        var operands = new List<string>();
        var i = 0;
        while (i < data.Length)
        {
            var c = (char)data[i];
            if (IsWhite(c))
            {
                i++;
            }
            else if (c == '%')
            {
                while (i < data.Length && data[i] is not (byte)'\n' and not (byte)'\r')
                    i++;
            }
            else if (c == '(')
            {
                var start = i;
                var depth = 0;
                do
                {
                    if (data[i] == '\\')
                        i++;
                    else if (data[i] == '(')
                        depth++;
                    else if (data[i] == ')')
                        depth--;
                    i++;
                }
                while (i < data.Length && depth > 0);
                operands.Add(Encoding.Latin1.GetString(data, start, i - start));
            }
            else if (c == '<' && i + 1 < data.Length && data[i + 1] == '<' || c == '>' && i + 1 < data.Length && data[i + 1] == '>')
            {
                operands.Add(c == '<' ? "<<" : ">>");
                i += 2;
            }
            else if (c == '<')
            {
                var start = i;
                while (i < data.Length && data[i] != '>')
                    i++;
                i++;
                operands.Add(Encoding.Latin1.GetString(data, start, i - start));
            }
            else if (c is '[' or ']' or '{' or '}')
            {
                operands.Add(c.ToString());
                i++;
            }
            else
            {
                var start = i;
                i++;
                while (i < data.Length && !IsWhite((char)data[i]) && !IsDelimiter((char)data[i]))
                    i++;
                var token = Encoding.Latin1.GetString(data, start, i - start);
                if (c == '/' || char.IsAsciiDigit(c) || c is '-' or '+' or '.' || token is "true" or "false" or "null")
                {
                    operands.Add(token);
                    continue;
                }
                if (token == "ID")
                {
                    // Inline image data runs to the first "EI" that stands alone.
                    i++;
                    while (i + 2 < data.Length && !(data[i] == 'E' && data[i + 1] == 'I' && IsWhite((char)data[i - 1]) && (i + 2 == data.Length || IsWhite((char)data[i + 2]))))
                        i++;
                    i += 2;
                    token = "EI";
                }
                yield return new Operation(token, operands.ToArray());
                operands.Clear();
            }
        }
    }

    private static bool IsWhite(char c) => c is ' ' or '\n' or '\r' or '\t' or '\f' or '\0';

    private static bool IsDelimiter(char c) => c is '(' or ')' or '<' or '>' or '[' or ']' or '{' or '}' or '/' or '%';
}
