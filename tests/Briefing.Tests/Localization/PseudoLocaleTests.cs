using System.Text.RegularExpressions;
using Briefing.Composition;
using Briefing.Loading;
using Briefing.Model;
using Briefing.Testing;
using Briefing.Tests.Composition;
using Briefing.Tests.Shared;
using Briefing.Typesetting.Fonts;
using Briefing.Typesetting.Pdf;
using Briefing.Typesetting.Tests.Support;
using Briefing.Typesetting.Text;
using UglyToad.PdfPig;
using UglyToad.PdfPig.Content;

namespace Briefing.Tests.Localization;

/// <summary>
/// Adding a language, proved: the summit brief in a test-only pseudo-locale (<see cref="PseudoLocale"/>), whose
/// every word is longer and accented. Every label comes from its words (no English resx value is left), and
/// nothing is cut off or overlaps.
/// </summary>
public sealed partial class PseudoLocaleTests : IClassFixture<PseudoLocaleTests.Rendering>
{
    private readonly Rendering _rendering;

    public PseudoLocaleTests(Rendering rendering) => _rendering = rendering;

    // BriefComposer.Margins: nothing may stand outside them, left or right.
    private const double Margin = 56;

    [Fact]
    public void Pseudo_text_is_accented_and_about_forty_percent_longer()
    {
        var pseudo = PseudoLocale.Text("Section Summary");

        Assert.Equal("[Ŝéçţîöñ Ŝûmmåřý ···]", pseudo);
        Assert.InRange(pseudo.Length, "Section Summary".Length * 1.35, "Section Summary".Length * 1.5);
        Assert.Equal("[Påĝé {0} öf {1} ···]", PseudoLocale.Text("Page {0} of {1}"));
    }

    [Fact]
    public void Every_label_comes_from_the_languages_words_and_no_english_resx_value_is_left()
    {
        var text = PdfTools.PdfToText(_rendering.Pdf);
        var squeezed = NothingLost.Squeeze(text);

        // The pseudo words are there (the fixed words the summit brief shows)...
        foreach (var key in new[] { "DocumentKind", "SectionKeyFacts", "SectionSummary", "SectionParticipants", "SectionAgreements", "LabelRelated", "StatusConcluded" })
            Assert.Contains(NothingLost.Squeeze(PseudoLocale.Text(PseudoLocale.EnglishWords[key])), squeezed);

        // ...and no English one: every word of four letters or more of every English value is absent.
        var leaks = new List<string>();
        foreach (var (key, value) in PseudoLocale.EnglishWords)
        {
            foreach (var fragment in Placeholder().Split(value))
            {
                foreach (var word in Regex.Split(fragment, @"[^\p{L}]+").Where(w => w.Length >= 4))
                {
                    if (Regex.IsMatch(text, $@"(?<!\p{{L}}){Regex.Escape(word)}(?!\p{{L}})"))
                        leaks.Add($"{key}: '{word}'");
                }
            }
        }

        Assert.Empty(leaks);
    }

    [Fact]
    public void No_text_of_the_brief_is_cut_off()
    {
        var problems = NothingLost.Check(PdfTools.PdfToText(_rendering.Pdf), BriefTexts.All(_rendering.Brief, PseudoLocale.Language, _rendering.Profile), inOrder: false);

        Assert.Empty(problems);
    }

    [Fact]
    public void No_line_leaves_the_text_area_and_no_two_lines_overlap()
    {
        using var pdf = PdfDocument.Open(_rendering.Pdf);
        var problems = new List<string>();
        foreach (var page in pdf.GetPages())
        {
            var letters = page.Letters.Where(l => !string.IsNullOrWhiteSpace(l.Value)).ToList();
            foreach (var letter in letters)
            {
                if (letter.StartBaseLine.X < Margin - 0.5 || letter.EndBaseLine.X > page.Width - Margin + 0.5)
                    problems.Add($"page {page.Number}: '{letter.Value}' at x {letter.StartBaseLine.X:0.#}..{letter.EndBaseLine.X:0.#}");
            }

            // Letters of different lines (baselines apart) must not share any ink.
            for (var i = 0; i < letters.Count; i++)
            {
                for (var j = i + 1; j < letters.Count; j++)
                {
                    if (Math.Abs(letters[i].StartBaseLine.Y - letters[j].StartBaseLine.Y) > 0.5 && Overlap(letters[i], letters[j]))
                        problems.Add($"page {page.Number}: '{letters[i].Value}' and '{letters[j].Value}' overlap at {letters[i].BoundingBox.Left:0.#},{letters[i].BoundingBox.Bottom:0.#}");
                }
            }
        }

        Assert.Empty(problems.Take(20));
    }

    [Fact]
    public void The_document_language_is_the_pseudo_locales()
    {
        Assert.Contains("/Lang(qps-ploc)", System.Text.Encoding.Latin1.GetString(_rendering.Pdf));
    }

    private static bool Overlap(Letter a, Letter b)
    {
        const double Slack = 0.5;
        var (r, s) = (a.BoundingBox, b.BoundingBox);
        return r.Left < s.Right - Slack && s.Left < r.Right - Slack && r.Bottom < s.Top - Slack && s.Bottom < r.Top - Slack;
    }

    [GeneratedRegex(@"\{\d+(?:[,:][^}]*)?\}")]
    private static partial Regex Placeholder();

    /// <summary>The summit brief with pseudo texts, composed in the pseudo-locale and written once for the class.</summary>
    public sealed class Rendering : IDisposable
    {
        private readonly Typesetter _typesetter = new(DefaultFonts.Load());

        public Rendering()
        {
            var summit = new BriefLoader().Load(RepositoryRoot.Combine("briefs", "2025-10-30-korea-canada-summit.yaml")).Brief!;
            Brief = PseudoLocale.WithPseudoTexts(summit);
            Profile = PseudoLocale.Profile();
            var document = new BriefComposer(_typesetter).Compose(Brief, PseudoLocale.Language, Profile, Profile.DefaultPaper);
            Pdf = new PdfDocumentWriter().Write(document.LayOut(), document.Metadata);
        }

        public Brief Brief { get; }

        public global::Briefing.Localization.Profiles.LanguageProfile Profile { get; }

        public byte[] Pdf { get; }

        public void Dispose() => _typesetter.Dispose();
    }
}
