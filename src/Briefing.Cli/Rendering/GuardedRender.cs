using Briefing.Cli.Output;
using Briefing.Cli.Resources;
using Briefing.Composition.Frames;
using Briefing.Model;
using Briefing.Rendering;
using Briefing.Typesetting.Fonts;
using Briefing.Typesetting.Layout;
using Briefing.Typesetting.Pdf;
using Briefing.Typesetting.Pdf.Attachments;

namespace Briefing.Cli.Rendering;

/// <summary>
/// Renders one brief in one language for a command (render, snapshot), turning every failure into a
/// one-line diagnostic instead of an exception: a missing glyph or a layout failure is a problem of the
/// input (exit 1; a layout failure names the brief's field and its line and column), anything else is a
/// bug (exit 70) but is still reported in one line.
/// </summary>
internal static class GuardedRender
{
    /// <summary>The PDF bytes, or null after <paramref name="fail"/> was told why (line, exit code).</summary>
    public static byte[]? Pdf(BriefRenderer renderer, string file, Brief brief, string language, PaperSize? paper, Action<string, int> fail) =>
        Pdf(renderer, file, brief, language, paper, PdfStandards.None, [], fail);

    /// <summary>
    /// As above, following <paramref name="standards"/>, with <paramref name="attachments"/> carried inside the PDF, set in
    /// <paramref name="frame"/> (null: the default frame).
    /// </summary>
    public static byte[]? Pdf(BriefRenderer renderer, string file, Brief brief, string language, PaperSize? paper,
        PdfStandards standards, IReadOnlyList<FileAttachment> attachments, Action<string, int> fail, FrameKind? frame = null)
    {
        try
        {
            // The language may name a parallel edition (ko+en): the renderer sets both side by side.
            return renderer.Render(brief, Edition.Parse(language), paper, standards, attachments, frame);
        }
        catch (MissingGlyphException e)
        {
            fail(CliDiagnostic.Error(file, RenderCodes.MissingGlyph, Text.Format(Messages.RenderFailedIn, language, e.Message)), ExitCodes.InputProblems);
        }
        catch (BriefLayoutException e)
        {
            // Placed as the validator places its diagnostics: file:line:col, then the field that did not fit.
            fail(CliDiagnostic.Error($"{file}:{e.Span.Line}:{e.Span.Column}", RenderCodes.LayoutFailed, Text.Format(Messages.LayoutFailedAt, language, e.Field, e.Message)), ExitCodes.InputProblems);
        }
        catch (Exception e)
        {
            fail(CliDiagnostic.Error(file, RenderCodes.RenderFailed,
                Text.Format(Messages.RenderCrashed, language, e.GetType().Name, e.Message)), ExitCodes.InternalError);
        }

        return null;
    }
}
