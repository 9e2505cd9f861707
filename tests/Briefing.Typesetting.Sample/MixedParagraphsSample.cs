using Briefing.Typesetting.Drawing;
using Briefing.Typesetting.Fluent;
using Briefing.Typesetting.Geometry;
using Briefing.Typesetting.Layout;
using Briefing.Typesetting.Pdf;
using Briefing.Typesetting.Text;
using L = Briefing.Typesetting.Fluent.Blocks;

namespace Briefing.Typesetting.Sample;

/// <summary>
/// Sample 1 (issue 2): one A4 page of mixed Korean and English paragraphs in several styles: sizes,
/// bold, italic, colour, underline, a hyperlink, every alignment, first-line and hanging indents, line
/// heights 1.2 and 1.6 and paragraph spacing; Korean set with keep-all.
/// </summary>
public static class MixedParagraphsSample
{
    /// <summary>The family chain for sans text: Latin in Noto Sans, Hangul in NanumGothic.</summary>
    public const string Sans = "Noto Sans, NanumGothic";

    /// <summary>The family chain for serif text: Latin in Noto Serif, Hangul in NanumMyeongjo.</summary>
    public const string Serif = "Noto Serif, NanumMyeongjo";

    /// <summary>The URL of the sample's hyperlink.</summary>
    public const string Url = "https://www.international.gc.ca/";

    /// <summary>The fixed creation date, so every render gives the same bytes.</summary>
    public static readonly DateTimeOffset Date = new(2025, 10, 30, 9, 0, 0, TimeSpan.FromHours(9));

    /// <summary>Builds the sample afresh (a document is spent by one layout).</summary>
    public static SampleDocument Build(Typesetter typesetter)
    {
        var text = new SampleText(typesetter);
        var body = new TextStyle { FontFamily = Sans, FontSize = 10.5 };
        var serif = body with { FontFamily = Serif };
        var bold = body with { Weight = 700 };
        var italic = body with { Italic = true };
        var navy = new Color(0x1f, 0x3a, 0x68);
        var red = new Color(0xb0, 0x1c, 0x1c);
        var link = body with { Color = new Color(0x0b, 0x57, 0xd0), Underline = true };

        var english = new ParagraphStyle { Alignment = TextAlignment.Justify, LineHeight = 1.2, SpaceAfter = 8 };
        var korean = new ParagraphStyle { Alignment = TextAlignment.Justify, LineHeight = 1.6, SpaceAfter = 8, FirstLineIndent = 10.5 };

        var column = L.Column(c =>
        {
            c.Item(text.Paragraph(
                body with { FontSize = 18, Weight = 700, Color = navy },
                new ParagraphStyle { Alignment = TextAlignment.Center, LineHeight = 1.2, SpaceAfter = 4 },
                StructureRole.H1,
                ("한–캐나다 정상회담 결과 보고", null, null)));
            c.Item(text.Paragraph(
                italic with { FontSize = 12, Color = navy },
                new ParagraphStyle { Alignment = TextAlignment.Center, LineHeight = 1.2, SpaceAfter = 14 },
                ("Korea–Canada Summit: Outcomes and Next Steps", null, null)));

            c.Item(text.Paragraph(
                body, english,
                ("The Prime Minister met President Lee in Gyeongju on ", null, null),
                ("30 October 2025", bold, null),
                (". The two leaders agreed to deepen cooperation on critical minerals, defence procurement and clean energy, "
                 + "and asked officials to report back with an ", null, null),
                ("implementation plan", italic, null),
                (" by the spring. The full joint statement is on ", null, null),
                ("Global Affairs Canada's website", link, new LinkTarget.External(Url)),
                ("; the points below summarise it for the briefing.", null, null)));

            c.Item(text.Paragraph(
                body, korean,
                ("한국과 캐나다는 2025년 10월 30일 경주에서 정상회담을 열고 핵심광물 공급망과 방위산업 협력을 강화하기로 "
                 + "합의하였습니다. 양국 정상은 청정에너지 전환과 인공지능 연구 협력에 대해서도 의견을 나누었으며, ", null, null),
                ("내년 상반기까지", bold, null),
                (" 구체적인 이행 계획을 마련하기로 하였습니다. 특히 캐나다 측은 잠수함 사업에 대한 관심을 거듭 표명하였고, "
                 + "우리 측은 국내 조선업계의 기술력과 납기 준수 실적을 설명하였습니다.", null, null)));

            c.Item(text.Paragraph(
                serif, korean with { Alignment = TextAlignment.Left, FirstLineIndent = 0 },
                ("이번 회담의 주요 성과는 ", null, null),
                ("Critical Minerals Partnership", serif with { Italic = true }, null),
                (" 출범과 소형모듈원자로(SMR) 공동 연구 착수입니다. 후속 협의는 11월 중 오타와에서 열리는 "
                 + "제5차 경제협력위원회(JEC)에서 이어질 예정입니다.", null, null)));

            c.Item(text.Paragraph(
                body, new ParagraphStyle { LineHeight = 1.6, SpaceAfter = 8, HangingIndent = 21 },
                ("※ 유의: ", bold with { Color = red }, null),
                ("본 자료는 정상회담 직후 작성된 잠정 결과이며, 공동성명 문안은 양측 법률 검토를 거쳐 확정될 때까지 "
                 + "외부에 공개하지 않도록 각별히 유의하여 주시기 바랍니다.", body with { Color = red }, null)));

            c.Item(text.Paragraph(
                body, english with { Alignment = TextAlignment.Left, FirstLineIndent = 18 },
                ("Background. ", bold, null),
                ("Bilateral trade reached CAD 20.3 billion last year, up 7 per cent, and Korea is now Canada's "
                 + "third-largest trading partner in Asia. Officials note that the ", null, null),
                ("Korea–Canada Free Trade Agreement", body with { Underline = true }, null),
                (" (in force since 2015) remains the basis of the relationship, and that both sides want its "
                 + "review to be finished before the tenth anniversary.", null, null)));

            c.Item(text.Paragraph(
                body with { FontSize = 9, Color = new Color(0x55, 0x55, 0x55) },
                new ParagraphStyle { Alignment = TextAlignment.Right, LineHeight = 1.2, SpaceAfter = 8 },
                ("작성: 국제협력과 김민준 사무관 (02-2100-1234) / Prepared by the International Cooperation Division", null, null)));

            c.Item(text.Paragraph(
                italic with { FontSize = 11 },
                new ParagraphStyle { Alignment = TextAlignment.Center, LineHeight = 1.6 },
                ("“Partners in prosperity and security.” — ", null, null),
                ("번영과 안보의 동반자", body with { FontSize = 11, Weight = 700, Color = navy }, null)));
        });

        var document = new Document
        {
            Page = new PageSetup(Size.A4, Thickness.All(56)),
            Body = column,
            Metadata = new DocumentMetadata
            {
                Title = "한–캐나다 정상회담 결과 보고",
                Author = "International Cooperation Division",
                Subject = "Sample 1: mixed Korean and English paragraphs",
                Keywords = "sample, Korean, English",
                Creator = "Briefing.Typesetting.Sample",
                Language = "ko-KR",
                CreationDate = Date,
            },
        };
        return new SampleDocument(document, text.Texts);
    }
}
