using Briefing.Typesetting.Drawing;
using Briefing.Typesetting.Fonts;
using Briefing.Typesetting.Geometry;
using Briefing.Typesetting.Pdf;
using Briefing.Typesetting.Tests.Pdf;
using Briefing.Typesetting.Tests.Support;
using Briefing.Typesetting.Text;

namespace Briefing.Typesetting.Tests.Fonts;

/// <summary>
/// A one-page PDF of a few paragraphs, each in its own style, laid out by the real typesetter and written by
/// the real writer: what the font tests (CFF, variable) read back to see which faces were embedded and how.
/// </summary>
internal static class ParagraphsPdf
{
    public static byte[] Render(FontLibrary library, params (string Text, TextStyle Style)[] paragraphs)
    {
        using var typesetter = new Typesetter(library);
        var commands = new List<DrawCommand> { new DrawCommand.BeginTag(StructureRole.P, null) };
        var top = 100.0;
        foreach (var (text, style) in paragraphs)
        {
            var layout = typesetter.LayOut([new TextSpan(text, style)], new ParagraphStyle(), 400);
            foreach (var line in layout.Lines)
            {
                foreach (var run in line.Runs)
                    commands.Add(new DrawCommand.Text(run.Run, new Point(50 + line.Left + run.X, top + line.Top + line.Baseline)));
            }
            top += layout.Height + 10;
        }
        commands.Add(new DrawCommand.EndTag());
        return new PdfDocumentWriter().Write([new PageRecording(Size.A4, commands)], SamplePages.Metadata());
    }
}
