using System.Globalization;
using Briefing.Typesetting.Drawing;
using Briefing.Typesetting.Fluent;
using Briefing.Typesetting.Geometry;
using Briefing.Typesetting.Layout;
using Briefing.Typesetting.Pdf;
using Briefing.Typesetting.Text;
using L = Briefing.Typesetting.Fluent.Blocks;

namespace Briefing.Typesetting.Sample;

/// <summary>
/// Sample 2 (issue 3): a report of several pages mixing Korean and English, with headings kept with
/// their paragraphs, bookmarks at two levels, a numbered Korean list, a participants table that splits
/// across pages under a repeated header, external and internal links, and "page X of Y" furniture.
/// </summary>
public static class ReportSample
{
    /// <summary>The text of the running header (an artifact).</summary>
    public const string HeaderText = "UNCLASSIFIED · 대외비 아님";

    /// <summary>The header row of the participants table, left to right.</summary>
    public static IReadOnlyList<string> TableHeader { get; } = ["이름 Name", "직위 Position", "소속 Organization"];

    /// <summary>The external link's URL.</summary>
    public const string Url = "https://www.canada.ca/en/global-affairs.html";

    /// <summary>The named destination the internal link goes to (the overview heading).</summary>
    public const string OverviewDestination = "overview";

    /// <summary>The headings with their outline levels, in document order.</summary>
    public static IReadOnlyList<(string Title, int Level)> Headings { get; } =
    [
        ("1. 개요 Overview", 1),
        ("가. 회담 결과 Outcomes", 2),
        ("나. 참석자 Participants", 2),
        ("2. 향후 계획 Next steps", 1),
        ("가. 후속 조치 Follow-up", 2),
    ];

    /// <summary>The numbered Korean list: labels and item texts.</summary>
    public static IReadOnlyList<(string Label, string Text)> ListItems { get; } =
    [
        ("가.", "핵심광물 공급망 협력: 양국은 리튬, 니켈, 흑연 등 배터리 원료의 안정적 공급을 위한 공동 투자 협의체를 연내 출범하기로 하였음."),
        ("나.", "방위산업 협력: 캐나다 측은 잠수함 사업에 대한 관심을 재확인하였으며, 우리 측은 기술 이전과 현지 생산 방안을 제시하였음."),
        ("다.", "청정에너지: 소형모듈원자로(SMR)와 수소 분야 공동 연구를 추진하고, 2026년까지 시범 사업 후보지를 선정하기로 합의하였음."),
        ("라.", "인적 교류: 워킹홀리데이 참가 인원을 확대하고 청년 인턴십 프로그램을 신설하는 방안을 검토하기로 하였음."),
    ];

    /// <summary>Text of the running footer for a page: "page X of Y" (the total is "?" while it is unknown).</summary>
    public static string FooterText(int page, int? total) =>
        string.Create(CultureInfo.InvariantCulture, $"page {page} of {(total is { } t ? t.ToString(CultureInfo.InvariantCulture) : "?")}");

    /// <summary>The participants: name, position and organization for each table row.</summary>
    public static IReadOnlyList<string[]> Participants { get; } = MakeParticipants();

    /// <summary>The fixed creation date, so every render gives the same bytes.</summary>
    public static readonly DateTimeOffset Date = new(2025, 11, 3, 14, 0, 0, TimeSpan.FromHours(9));

    /// <summary>
    /// Builds the sample afresh (a document is spent by one layout). <paramref name="keepHeadingsWithNext"/>
    /// false leaves the headings free, so a check can show that keeping them matters on this content.
    /// </summary>
    public static SampleDocument Build(Typesetter typesetter, bool keepHeadingsWithNext = true)
    {
        var text = new SampleText(typesetter);
        var body = new TextStyle { FontFamily = MixedParagraphsSample.Sans, FontSize = 10.5 };
        var small = body with { FontSize = 9 };
        var navy = new Color(0x1f, 0x3a, 0x68);
        var h1 = body with { FontSize = 16, Weight = 700, Color = navy };
        var h2 = body with { FontSize = 12.5, Weight = 700, Color = navy };
        var korean = new ParagraphStyle { Alignment = TextAlignment.Justify, LineHeight = 1.6 };
        var english = new ParagraphStyle { Alignment = TextAlignment.Justify, LineHeight = 1.2 };
        var headingFormat = new ParagraphStyle { LineHeight = 1.2, SpaceBefore = 8, SpaceAfter = 2 };
        var grid = new Color(0x88, 0x88, 0x88);
        var headings = 0;

        Element Heading()
        {
            var (title, level) = Headings[headings];
            var element = text.Paragraph(level == 1 ? h1 : h2, headingFormat, level == 1 ? StructureRole.H1 : StructureRole.H2, (title, null, null))
                .Bookmark(title, level);
            if (headings == 0)
                element = element.Destination(OverviewDestination);
            headings++;
            return keepHeadingsWithNext ? element.KeepWithNext() : element;
        }

        Element Cell(string s, TextStyle style) => typesetter.Paragraph(s, style, new ParagraphStyle { LineHeight = 1.3 });

        var column = L.Column(c =>
        {
            c.Spacing(6);
            c.Item(text.Paragraph(
                body with { FontSize = 20, Weight = 700, Color = navy },
                new ParagraphStyle { Alignment = TextAlignment.Center, LineHeight = 1.2, SpaceAfter = 6 },
                StructureRole.H1,
                ("한–캐나다 정상회담 후속 보고서 Summit Follow-up Report", null, null)));

            c.Item(Heading());
            c.Item(text.Paragraph(body, korean,
                ("2025년 10월 30일 경주에서 열린 한–캐나다 정상회담은 수교 이후 양국 관계를 포괄적 전략적 동반자 관계로 "
                 + "격상한 이후 처음 열린 대면 회담이었습니다. 양국 정상은 경제안보, 국방, 청정에너지, 인적 교류 등 네 개 분야에서 "
                 + "구체적인 협력 과제를 확인하였으며, 각 부처가 분야별 이행 계획을 수립하여 연말까지 보고하도록 지시하였습니다.", null, null)));
            c.Item(text.Paragraph(body, english,
                ("The summit in Gyeongju was the first in-person meeting since the two countries raised their relationship to a "
                 + "comprehensive strategic partnership. The leaders identified concrete work in four areas and asked departments to "
                 + "report back with implementation plans by the end of the year. This report tracks that work and lists the "
                 + "participants of both delegations.", null, null)));

            c.Item(Heading());
            c.Item(L.List(l =>
            {
                l.LabelWidth(20).Gap(4).Spacing(4);
                foreach (var (label, item) in ListItems)
                {
                    // The label's text sits right in its Lbl element (no paragraph of its own); the body is a P.
                    l.Item(text.Paragraph(body, korean, null, (label, null, null)), text.Paragraph(body, korean, StructureRole.P, (item, null, null)));
                }
            }));

            c.Item(Heading());
            c.Item(text.Paragraph(body, korean,
                ("양측 대표단의 명단은 다음과 같습니다. The delegations of both sides are listed below; the table continues "
                 + "over the following pages under its header.", null, null)));
            c.Item(L.Table(t =>
            {
                t.Columns(k => k.Relative(2).Relative(3).Relative(3));
                t.CellStyle(s => s.Padding(4).Border(0.5, grid));
                t.Header(h =>
                {
                    foreach (var title in TableHeader)
                        h.Cell(Cell(title, small with { Weight = 700 }), s => s.Background(new Color(0xe4, 0xea, 0xf3)));
                });
                foreach (var row in Participants)
                {
                    foreach (var value in row)
                        t.Cell(text.Paragraph(small, new ParagraphStyle { LineHeight = 1.3 }, StructureRole.P, (value, null, null)));
                }
            }));

            c.Item(Heading());
            c.Item(text.Paragraph(body, korean,
                ("정부는 정상회담 합의 사항의 이행을 점검하기 위해 관계 부처 합동 점검단을 구성하고, 분기마다 추진 상황을 "
                 + "점검할 계획입니다. 캐나다 측 발표 내용은 ", null, null),
                ("캐나다 정부 누리집", body with { Color = new Color(0x0b, 0x57, 0xd0), Underline = true }, new LinkTarget.External(Url)),
                ("에서 확인할 수 있으며, 회담의 배경은 ", null, null),
                ("개요", body with { Color = new Color(0x0b, 0x57, 0xd0), Underline = true }, new LinkTarget.Internal(OverviewDestination)),
                ("를 참고하시기 바랍니다.", null, null)));
            for (var i = 0; i < 2; i++)
            {
                c.Item(text.Paragraph(body, english,
                    ("Officials will meet their Canadian counterparts every quarter to review progress on critical minerals, "
                     + "defence procurement, clean energy and youth mobility. Each department will publish a short summary after "
                     + "each meeting, in Korean and English, so that stakeholders can follow the work.", null, null)));
            }

            c.Item(Heading());
            c.Item(text.Paragraph(body, korean,
                ("후속 조치로 11월 중 오타와에서 제5차 경제협력위원회를 개최하고, 12월에는 국방 당국 간 전략대화를 열어 "
                 + "잠수함 사업과 방산 협력 방안을 구체화할 예정입니다. 아울러 청정에너지 공동 연구의 예산과 일정을 확정하기 위한 "
                 + "실무 협의를 연내에 마무리하기로 하였습니다.", null, null)));
        });

        Element Header(PageContext page) => L.Column(c =>
        {
            c.Spacing(3);
            c.Item(L.Row(r =>
            {
                r.RelativeItem(typesetter.Paragraph(HeaderText, small with { Weight = 700, Color = new Color(0x2e, 0x7d, 0x32) }));
                r.RelativeItem(typesetter.Paragraph("한–캐나다 정상회담 후속 보고서", small, new ParagraphStyle { Alignment = TextAlignment.Right }));
            }));
            c.Item(L.Line(0.5, grid));
        });

        Element Footer(PageContext page) =>
            typesetter.Paragraph(FooterText(page.PageNumber, page.TotalPages), small, new ParagraphStyle { Alignment = TextAlignment.Center });

        var document = new Document
        {
            Page = new PageSetup(Size.A4, new Thickness(56, 42, 56, 42)),
            Body = column,
            Header = Header,
            Footer = Footer,
            Metadata = new DocumentMetadata
            {
                Title = "한–캐나다 정상회담 후속 보고서",
                Author = "International Cooperation Division",
                Subject = "Sample 2: pages and structure",
                Keywords = "sample, table, list, outline",
                Creator = "Briefing.Typesetting.Sample",
                Language = "ko-KR",
                CreationDate = Date,
            },
        };
        return new SampleDocument(document, text.Texts);
    }

    private static IReadOnlyList<string[]> MakeParticipants()
    {
        string[] family = ["김", "이", "박", "최", "정", "강", "조", "윤", "장", "임"];
        string[] given = ["민준", "서연", "도윤", "하은", "지호", "수아", "예준", "지유", "시우", "채원", "주원", "다은"];
        string[] romanFamily = ["Kim", "Lee", "Park", "Choi", "Jung", "Kang", "Cho", "Yoon", "Jang", "Lim"];
        string[] romanGiven = ["Minjun", "Seoyeon", "Doyun", "Haeun", "Jiho", "Sua", "Yejun", "Jiyu", "Siwoo", "Chaewon", "Juwon", "Daeun"];
        string[] positions = ["국장 Director General", "과장 Director", "서기관 Deputy Director", "사무관 Policy Officer", "참사관 Counsellor", "대사 Ambassador"];
        string[] organizations = ["외교부 양자경제외교국 Ministry of Foreign Affairs", "산업통상자원부 Ministry of Trade, Industry and Energy",
            "국방부 국제정책관실 Ministry of National Defense", "주캐나다 대한민국 대사관 Embassy in Ottawa", "Global Affairs Canada", "Natural Resources Canada"];
        var rows = new List<string[]>();
        // 54 rows: the table runs over three pages and ends where the "Next steps" heading would be
        // stranded at the foot of a page without keep-with-next (the sample's test shows both).
        for (var i = 0; i < 54; i++)
        {
            var f = (i * 7) % family.Length;
            var g = (i * 5 + 3) % given.Length;
            rows.Add([
                $"{family[f]}{given[g]} {romanFamily[f]} {romanGiven[g]}",
                positions[(i * 3) % positions.Length],
                organizations[(i * 5 + i / 6) % organizations.Length],
            ]);
        }
        return rows;
    }
}
