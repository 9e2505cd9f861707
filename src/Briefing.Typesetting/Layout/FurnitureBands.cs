using Briefing.Typesetting.Geometry;
using Briefing.Typesetting.Text;

namespace Briefing.Typesetting.Layout;

/// <summary>
/// The running header and footer as measured before the body is laid out: their heights, the band the header
/// takes above the body (with its spacing), the room they leave the body, and their paragraphs, measured once.
/// Their heights must not depend on page numbers, so one measurement serves every layout of a document: a
/// document that shows page numbers lays its body out two or three times and draws the furniture once, on the
/// pages of the last layout (<see cref="Fluent.Document.LayOut(out int)"/>).
/// </summary>
/// <param name="HeaderHeight">The header's height, 0 for none.</param>
/// <param name="FooterHeight">The footer's height, 0 for none.</param>
/// <param name="HeaderBand">The header's height and the space under it: where the body starts below the content area's top.</param>
/// <param name="BodySize">The room the body has on every page.</param>
/// <param name="Paragraphs">The furniture's measured paragraphs (a running header, a footer per page number).</param>
internal sealed record FurnitureBands(double HeaderHeight, double FooterHeight, double HeaderBand, Size BodySize, ParagraphCache Paragraphs);
