using System.Globalization;
using System.Text;

namespace Briefing.Typesetting.Pdf;

/// <summary>
/// Repairs how PDFsharp's accessibility layer nests marked content in page content streams. PDF requires
/// BMC/BDC…EMC and BT…ET pairs to nest properly (PDF 32000-1, 14.6), but PDFsharp opens and closes
/// marked content wherever its text mode happens to be, e.g. <c>BT /P &lt;&lt;/MCID 0&gt;&gt; BDC … ET … EMC</c>.
/// Every marked-content operator found inside a text object is moved out of it: the text object is ended
/// before the operator (or its BT dropped when nothing was drawn yet) and begun again, when the next text
/// operator needs it, with the text line matrix restored through <c>Tm</c>.
/// PDFsharp positions every string with its own <c>Td</c>, which is relative to that line matrix, so the
/// page looks exactly the same.
/// </summary>
internal static class MarkedContentNesting
{
    /// <summary>The content stream with no marked-content operator inside a text object (the same array when nothing moved).</summary>
    public static byte[] Repair(byte[] content)
    {
        var s = (ReadOnlySpan<byte>)content;
        MemoryStream? output = null;
        var copied = 0;
        var inText = false;
        Span<double> line = stackalloc double[6];
        SetIdentity(line);
        Span<int> operandStarts = stackalloc int[8];
        Span<int> operandEnds = stackalloc int[8];
        var operands = 0;
        var reopenPending = false;
        var textJustBegun = false;
        var lastBeginText = 0;
        var i = 0;
        while (true)
        {
            i = PdfSyntax.SkipWhite(s, i);
            if (i >= s.Length)
                break;
            var c = s[i];
            if (c is (byte)'/' or (byte)'(' or (byte)'<' or (byte)'[' or (byte)'-' or (byte)'+' or (byte)'.' or (>= (byte)'0' and <= (byte)'9'))
            {
                int end;
                try
                {
                    end = PdfSyntax.ValueEnd(s, i);
                }
                catch (Exception e) when (e is FormatException or IndexOutOfRangeException or ArgumentOutOfRangeException)
                {
                    return content; // Not syntax this pass understands: leave the stream as PDFsharp wrote it.
                }
                if (end <= i)
                    return content;
                if (operands < operandStarts.Length)
                {
                    operandStarts[operands] = i;
                    operandEnds[operands] = end;
                }
                operands++;
                i = end;
                continue;
            }

            var opEnd = i;
            while (opEnd < s.Length && !PdfSyntax.IsWhite(s[opEnd]) && !PdfSyntax.IsDelimiter(s[opEnd]))
                opEnd++;
            if (opEnd == i)
                return content; // Not content-stream syntax this pass understands: leave it alone.
            var op = s[i..opEnd];
            var statementStart = operands > 0 ? operandStarts[0] : i;
            var isMarkedContent = op.SequenceEqual("BDC"u8) || op.SequenceEqual("BMC"u8) || op.SequenceEqual("EMC"u8);
            var count = operands;
            operands = 0;
            var justBegun = textJustBegun;
            textJustBegun = false;

            if (reopenPending)
            {
                // The text object was ended for a marked-content operator and is begun again only when
                // text operators need it, so consecutive moves and a following ET leave no empty BT/ET.
                output!.Write(content, copied, statementStart - copied);
                copied = statementStart;
                if (isMarkedContent)
                {
                    output.Write(content, statementStart, opEnd - statementStart);
                    copied = opEnd;
                    i = opEnd;
                    continue;
                }
                reopenPending = false;
                if (op.SequenceEqual("ET"u8))
                {
                    copied = opEnd;
                    inText = false;
                    i = opEnd;
                    continue;
                }
                WriteBeginText(output, line);
            }

            if (op.SequenceEqual("BT"u8))
            {
                inText = true;
                SetIdentity(line);
                textJustBegun = true;
                lastBeginText = statementStart;
            }
            else if (op.SequenceEqual("ET"u8))
            {
                inText = false;
            }
            else if ((op.SequenceEqual("Td"u8) || op.SequenceEqual("TD"u8)) && count == 2)
            {
                var tx = Number(s, operandStarts[0], operandEnds[0]);
                var ty = Number(s, operandStarts[1], operandEnds[1]);
                line[4] += tx * line[0] + ty * line[2];
                line[5] += tx * line[1] + ty * line[3];
            }
            else if (op.SequenceEqual("Tm"u8) && count == 6)
            {
                for (var k = 0; k < 6; k++)
                    line[k] = Number(s, operandStarts[k], operandEnds[k]);
            }
            else if (op.SequenceEqual("BI"u8))
            {
                return content; // Inline images hold raw bytes; PDFsharp writes none.
            }
            else if (inText && isMarkedContent)
            {
                output ??= new MemoryStream(content.Length + 256);
                if (justBegun)
                {
                    // Nothing drawn since BT: drop that BT instead of writing an empty text object.
                    output.Write(content, copied, lastBeginText - copied);
                }
                else
                {
                    output.Write(content, copied, statementStart - copied);
                    output.Write("ET\n"u8);
                }
                output.Write(content, statementStart, opEnd - statementStart);
                copied = opEnd;
                reopenPending = true;
            }
            i = opEnd;
        }
        if (output is null)
            return content;
        if (reopenPending)
        {
            output.Write(content, copied, content.Length - copied);
            WriteBeginText(output, line);
            return output.ToArray();
        }
        output.Write(content, copied, content.Length - copied);
        return output.ToArray();
    }

    private static void WriteBeginText(MemoryStream output, ReadOnlySpan<double> line) =>
        output.Write(Encoding.ASCII.GetBytes(string.Create(CultureInfo.InvariantCulture,
            $"BT\n{line[0]:0.#####} {line[1]:0.#####} {line[2]:0.#####} {line[3]:0.#####} {line[4]:0.#####} {line[5]:0.#####} Tm\n")));

    private static void SetIdentity(Span<double> m)
    {
        m[0] = 1;
        m[1] = 0;
        m[2] = 0;
        m[3] = 1;
        m[4] = 0;
        m[5] = 0;
    }

    private static double Number(ReadOnlySpan<byte> s, int start, int end) =>
        double.Parse(Encoding.ASCII.GetString(s[start..end]), NumberStyles.Float, CultureInfo.InvariantCulture);
}
