using Briefing.Composition.Frames;
using Briefing.Model;
using Briefing.Typesetting.Drawing;
using Briefing.Typesetting.Tests.Samples;
using Briefing.Typesetting.Tests.Support;
using UglyToad.PdfPig;

namespace Briefing.Tests.Composition.Frames;

/// <summary>
/// The Government of Canada briefing-note frame, the default of en-CA and fr-CA (issue 14): addressee, purpose and
/// tracking number at the head; the marking in both official languages at the top right of every page; the headings
/// in the order a GC reader expects, driven by the sections' roles; the lists in Annex A, B, … from a new page, each
/// bookmarked and referred to from the body; the Prepared by / Approved by / Consulted block.
/// </summary>
public sealed class BriefingNoteFrameTests(FrameRendering frames) : IClassFixture<FrameRendering>
{
    private LocalizedText Text(string en, string fr, string ko) =>
        new(new Dictionary<string, string> { ["en"] = en, ["fr"] = fr, ["ko"] = ko }, null, frames.Brief.Span);

    // The summit brief as a desk would complete it: addressee, purpose, tracking number and the sign-off people.
    private Brief Completed(Purpose purpose = Purpose.Information) => frames.Brief with
    {
        Addressee = Text("the Minister of Foreign Affairs", "à la ministre des Affaires étrangères", "외교부 장관"),
        Purpose = purpose,
        Tracking = LocalizedText.Same("2025-000123", frames.Brief.Span),
        Prepared = frames.Brief.Prepared with
        {
            By = LocalizedText.Same("Jane Doe", frames.Brief.Span),
            Title = Text("Policy Analyst", "analyste des politiques", "정책분석관"),
            Unit = Text("Korea Division", "Direction de la Corée", "한국과"),
            Telephone = "613-555-0100",
        },
        Approved = [new Approval(LocalizedText.Same("John Roe", frames.Brief.Span), Text("Director General", "directeur général", "국장"), null, new DateOnly(2025, 10, 31), frames.Brief.Span)],
        Consulted = [new Consultation(null, null, Text("Trade Policy Division", "Direction de la politique commerciale", "통상정책과"), frames.Brief.Span)],
    };

    private byte[] Render(Brief brief, string language, FrameKind? frame = null) => frames.Renderer.Render(brief, language, frame: frame);

    private static List<string> Lines(byte[] pdf) =>
        PdfTools.PdfToText(pdf).Split('\n', '\f').Select(line => line.Trim()).Where(line => line.Length > 0).ToList();

    private static List<string> Outline(byte[] pdf)
    {
        using var document = PdfDocument.Open(pdf);
        Assert.True(document.TryGetBookmarks(out var bookmarks));
        return bookmarks.GetNodes().Select(node => node.Title).ToList();
    }

    [Theory]
    [InlineData("en", "MEMORANDUM TO THE MINISTER OF FOREIGN AFFAIRS", "FOR INFORMATION", "Tracking number: 2025-000123")]
    [InlineData("fr", "NOTE À LA MINISTRE DES AFFAIRES ÉTRANGÈRES", "POUR INFORMATION", "Numéro de suivi : 2025-000123")]
    public void The_head_gives_the_addressee_the_purpose_and_the_tracking_number(string language, string addressee, string purpose, string tracking)
    {
        // Given the summit brief with an addressee, a purpose and a tracking number
        var pdf = Render(Completed(), language);

        // When page 1 is read back
        var page1 = PdfTools.PdfToText(pdf).Split('\f')[0];

        // Then the head reads, in this order, addressee, purpose, then the subject
        var text = page1.Replace('\u00A0', ' ');
        Assert.Contains(addressee, text, StringComparison.Ordinal);
        Assert.Contains(purpose, text, StringComparison.Ordinal);
        Assert.Contains(tracking, text, StringComparison.Ordinal);
        Assert.True(text.IndexOf(addressee, StringComparison.Ordinal) < text.IndexOf(purpose, StringComparison.Ordinal));
        Assert.True(text.IndexOf(purpose, StringComparison.Ordinal) < text.IndexOf(frames.Brief.Title.Get(language), StringComparison.Ordinal));
    }

    [Fact]
    public void A_brief_without_addressee_purpose_or_tracking_number_prints_no_empty_line_for_them()
    {
        var brief = frames.Brief with { Addressee = null, Purpose = null, Tracking = null };

        var text = PdfTools.PdfToText(Render(brief, "en"));

        Assert.DoesNotContain("MEMORANDUM TO", text, StringComparison.Ordinal);
        Assert.DoesNotContain("FOR INFORMATION", text, StringComparison.Ordinal);
        Assert.DoesNotContain("Tracking number", text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("en", "UNCLASSIFIED / NON CLASSIFIÉ")]
    [InlineData("fr", "NON CLASSIFIÉ / UNCLASSIFIED")]
    public void Every_page_carries_the_marking_in_both_official_languages_at_its_top_right(string language, string marking)
    {
        // Given the summit brief in its default frame, over several pages
        var pages = frames.Pages(FrameKind.BriefingNote, language);
        Assert.True(pages.Count >= 3);

        // Then each page draws the marking near its top, ending at the right margin, and again at its foot
        foreach (var page in pages)
        {
            var runs = page.Commands.OfType<DrawCommand.Text>().Where(t => t.Run.Text == marking).ToList();
            Assert.Equal(2, runs.Count);
            var top = runs.MinBy(t => t.Baseline.Y)!;
            var foot = runs.MaxBy(t => t.Baseline.Y)!;
            Assert.True(top.Baseline.Y < 50, $"the marking is at {top.Baseline.Y} from the top");
            Assert.True(foot.Baseline.Y > page.Size.Height - 50, "no marking at the foot");
            // flush right: both end at the right margin, which is where the body's widest lines end too
            var right = page.Commands.OfType<DrawCommand.Text>().Max(t => t.Baseline.X + t.Run.Width);
            Assert.InRange(top.Baseline.X + top.Run.Width, right - 1, right + 0.01);
            Assert.InRange(foot.Baseline.X + foot.Run.Width, right - 1, right + 0.01);
            Assert.True(top.Baseline.X > page.Size.Width / 2, "the marking is not on the right");
        }

        // and the PDF reads it back on every page, as page furniture outside the structure tree
        var pdf = frames.Pdf(FrameKind.BriefingNote, language);
        Assert.All(PdfTools.PdfToText(pdf).Split('\f').SkipLast(1), page => Assert.Contains(marking, page, StringComparison.Ordinal));
        Assert.DoesNotContain(marking, PdfTools.PdfInfo(pdf, "-struct-text").Output, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("en", new[] { "SUMMARY", "BACKGROUND", "CURRENT STATUS", "CONSIDERATIONS" }, "ANNEX A: PARTICIPANTS")]
    [InlineData("fr", new[] { "RÉSUMÉ", "CONTEXTE", "SITUATION ACTUELLE", "CONSIDÉRATIONS" }, "ANNEXE A : PARTICIPANTS")]
    public void The_headings_come_in_the_order_of_a_briefing_note_and_the_annexes_are_bookmarked_after_them(string language, string[] headings, string annexA)
    {
        var outline = Outline(frames.Pdf(FrameKind.BriefingNote, language)).Select(t => t.Replace('\u00A0', ' ')).ToList();

        Assert.Equal(headings, outline.Take(headings.Length));
        var annexes = outline.Skip(headings.Length).ToList();
        Assert.Equal(annexA, annexes[0]);
        Assert.All(annexes, title => Assert.StartsWith(language == "en" ? "ANNEX " : "ANNEXE ", title, StringComparison.Ordinal));
        // A, B, C … in order
        Assert.Equal(annexes.Select((_, i) => (char)('A' + i)), annexes.Select(t => t.Split(' ')[1][0]));
    }

    [Fact]
    public void A_decision_note_opens_with_the_issue_and_ends_with_a_recommendation()
    {
        // Given a decision brief with a section whose role is next-steps
        var recommendation = new Section(new Identifier("recommendation", frames.Brief.Span), Text("Recommendation", "Recommandation", "건의"),
            new LocalizedProse(new Dictionary<string, Prose>(), new Prose([new ProseParagraph([new ProseInline("Approve the follow-up.", false, false, null)])]), frames.Brief.Span),
            frames.Brief.Span) { Role = SectionRole.NextSteps };
        var brief = Completed(Purpose.Decision) with { Sections = [.. frames.Brief.Sections, recommendation] };

        var outline = Outline(Render(brief, "en"));

        Assert.Equal("ISSUE", outline[0]);
        Assert.Contains("RECOMMENDATION", outline);
        Assert.DoesNotContain("NEXT STEPS", outline);
        Assert.DoesNotContain("SUMMARY", outline);
        Assert.Contains("FOR DECISION", PdfTools.PdfToText(Render(brief, "en")), StringComparison.Ordinal);
    }

    [Fact]
    public void The_annexes_start_on_a_new_page_after_the_closing_block_and_the_body_refers_to_each()
    {
        var pdf = frames.Pdf(FrameKind.BriefingNote, "en");
        var pages = PdfTools.PdfToText(pdf).Split('\f');

        var closing = Array.FindIndex(pages, page => page.Contains("Prepared by:", StringComparison.Ordinal));
        var annexA = Array.FindIndex(pages, page => page.Contains("ANNEX A: PARTICIPANTS", StringComparison.Ordinal));
        Assert.True(closing >= 0 && annexA > closing, $"closing block on page {closing + 1}, Annex A on page {annexA + 1}");
        // Annex A heads its page: only the furniture line is above it
        var lines = pages[annexA].Split('\n').Select(l => l.Trim()).Where(l => l.Length > 0).ToList();
        Assert.Equal("ANNEX A: PARTICIPANTS", lines.SkipWhile(l => l.Contains("UNCLASSIFIED", StringComparison.Ordinal)).First());

        // and the summary refers to every annex, each reference a link to it
        var body = string.Join(" ", pages.Take(closing + 1)).Replace('\n', ' ');
        foreach (var letter in new[] { "A", "B", "C" })
            Assert.Contains($"(see Annex {letter})", body, StringComparison.Ordinal);
        Assert.Contains("/Dests", System.Text.Encoding.Latin1.GetString(pdf), StringComparison.Ordinal);
        Assert.Contains("annex-a", System.Text.Encoding.Latin1.GetString(pdf), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("en", "Prepared by: Jane Doe, Policy Analyst, Korea Division, tel. 613-555-0100 (October 31, 2025)",
        "Approved by: John Roe, Director General (October 31, 2025)", "Consulted: Trade Policy Division")]
    [InlineData("fr", "Préparé par : Jane Doe, analyste des politiques, Direction de la Corée, tél. 613-555-0100 (31 octobre 2025)",
        "Approuvé par : John Roe, directeur général (31 octobre 2025)", "Consultations : Direction de la politique commerciale")]
    public void The_closing_block_names_who_prepared_approved_and_was_consulted(string language, string prepared, string approved, string consulted)
    {
        var lines = Lines(Render(Completed(), language)).Select(l => l.Replace('\u00A0', ' ').Replace('\u202F', ' ')).ToList();

        var at = lines.IndexOf(prepared);
        Assert.True(at >= 0, string.Join("\n", lines));
        Assert.Equal(approved, lines[at + 1]);
        Assert.Equal(consulted, lines[at + 2]);
    }

    [Fact]
    public void Lists_give_name_then_title_with_the_home_delegation_first()
    {
        // Given a brief whose English version is Canada's and Korean version Korea's
        var brief = frames.Brief with
        {
            Home = new Dictionary<string, Identifier> { ["en"] = new("ca", frames.Brief.Span), ["ko"] = new("kr", frames.Brief.Span) },
        };

        var english = Lines(Render(brief, "en"));
        var korean = Lines(Render(brief, "ko", FrameKind.BriefingNote));

        Assert.Contains("Mark Carney, Prime Minister", english);
        Assert.True(english.IndexOf("Canada") < english.IndexOf("Republic of Korea"), "Canada's side is not first in English");
        Assert.True(korean.IndexOf("대한민국") < korean.IndexOf("캐나다"), "Korea's side is not first in Korean");
    }

    [Fact]
    public void Persons_only_mentioned_are_listed_apart_from_the_participants()
    {
        var brief = frames.Brief with
        {
            Participants = frames.Brief.Participants.Select(p => p.Id.Value is "lee-jae-myung" or "mark-carney" ? p : p with { Kind = ParticipantKind.Mentioned }).ToList(),
        };

        var lines = Lines(Render(brief, "en"));

        var mentioned = lines.IndexOf("Persons mentioned");
        Assert.True(mentioned > lines.IndexOf("Mark Carney, Prime Minister"));
        Assert.True(lines.FindIndex(l => l.StartsWith("David McGuinty", StringComparison.Ordinal)) > mentioned);
    }

    [Fact]
    public void The_annex_tables_have_header_cells_and_each_annex_is_a_section_with_its_heading()
    {
        var tree = StructNode.Parse(PdfTools.PdfInfo(frames.Pdf(FrameKind.BriefingNote, "en"), "-struct-text").Output);

        var sections = tree.Children.Single().Descendants().Where(n => n.Role == "Sect").ToList();
        var annexes = sections.Where(s => s.Children[0].Role == "H1" && s.Children[0].Text.StartsWith("ANNEX", StringComparison.Ordinal)).ToList();
        Assert.True(annexes.Count >= 3);
        var tables = annexes.SelectMany(a => a.Descendants()).Where(n => n.Role == "Table").ToList();
        Assert.NotEmpty(tables);
        Assert.All(tables, table => Assert.All(table.Children[0].Children, cell => Assert.Equal("TH", cell.Role)));
    }

    [Fact]
    public void A_brief_that_asks_for_the_neutral_frame_gets_it_in_english_and_french()
    {
        var brief = frames.Brief with { Frame = FramePreference.Neutral };

        foreach (var language in new[] { "en", "fr" })
        {
            var text = PdfTools.PdfToText(Render(brief, language));
            Assert.Contains(brief.ProfileFor(language).Strings.SectionKeyFacts, text, StringComparison.Ordinal);
            Assert.DoesNotContain(brief.ProfileFor(language).Strings.NoteHeadingBackground, text, StringComparison.Ordinal);
        }

        // and the command's --frame still wins over the brief's choice
        Assert.Contains("CURRENT STATUS", PdfTools.PdfToText(Render(brief, "en", FrameKind.BriefingNote)), StringComparison.Ordinal);
    }

    [Fact]
    public void Marks_show_in_each_languages_words()
    {
        var agreement = frames.Brief.Agreements[0];
        var title = agreement.Title with
        {
            Marked = new Dictionary<string, string>
            {
                ["en"] = agreement.Title.Get("en") + " {as-reported}",
                ["fr"] = agreement.Title.Get("fr") + " {provisional-name}",
            },
        };
        var brief = frames.Brief with { Agreements = [agreement with { Title = title }, .. frames.Brief.Agreements.Skip(1)] };

        var english = PdfTools.PdfToText(Render(brief, "en")).Replace('\n', ' ');
        var french = PdfTools.PdfToText(Render(brief, "fr")).Replace('\n', ' ');

        Assert.Contains("Classified Information (title as reported)", english, StringComparison.Ordinal);
        Assert.Contains("de défense (titre provisoire)", french, StringComparison.Ordinal);
    }
}
