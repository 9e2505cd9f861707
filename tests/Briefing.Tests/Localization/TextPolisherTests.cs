using Briefing.Localization.Profiles;

namespace Briefing.Tests.Localization;

public sealed class TextPolisherTests
{
    private const string Nbsp = "\u00A0";
    private const string Narrow = "\u202F";

    [Theory]
    [InlineData("en", "He said \"yes\" and it's Canada's.", "He said \u201Cyes\u201D and it\u2019s Canada\u2019s.")]
    [InlineData("en", "\"A 'quoted' word\"", "\u201CA \u2018quoted\u2019 word\u201D")]
    [InlineData("en", "(\"a\") \u2014\"b\"", "(\u201Ca\u201D) \u2014\u201Cb\u201D")]
    [InlineData("en", "Note : spacing stays as typed ; really ?", "Note : spacing stays as typed ; really ?")]
    [InlineData("ko", "\"한-캐나다\" 정상회담", "\u201C한-캐나다\u201D 정상회담")]
    public void English_and_korean_get_curly_quotes_and_keep_their_spacing(string tag, string typed, string expected)
    {
        Assert.Equal(expected, LanguageProfiles.For(tag).Polish(typed));
    }

    [Theory]
    [InlineData("Note : texte", "Note" + Nbsp + ": texte")]
    [InlineData("Note: texte", "Note" + Nbsp + ": texte")]
    [InlineData("Note" + Nbsp + ": texte", "Note" + Nbsp + ": texte")]
    [InlineData("Note   : texte", "Note" + Nbsp + ": texte")]
    [InlineData("Note :texte", "Note" + Nbsp + ":texte")]
    [InlineData("Vraiment ? Oui ! Bon ; fini", "Vraiment? Oui! Bon; fini")]
    [InlineData("Quoi ?!", "Quoi?!")]
    [InlineData("\"bonjour\"", "\u00AB" + Nbsp + "bonjour" + Nbsp + "\u00BB")]
    [InlineData("\u00AB bonjour \u00BB", "\u00AB" + Nbsp + "bonjour" + Nbsp + "\u00BB")]
    [InlineData("\u00ABbonjour\u00BB", "\u00AB" + Nbsp + "bonjour" + Nbsp + "\u00BB")]
    [InlineData("\"le \"mot\" juste\"", "\u00AB" + Nbsp + "le \u201Cmot\u201D juste" + Nbsp + "\u00BB")]
    [InlineData("l'accord d'aujourd'hui", "l\u2019accord d\u2019aujourd\u2019hui")]
    [InlineData("\"Canada\" : partenaire", "\u00AB" + Nbsp + "Canada" + Nbsp + "\u00BB" + Nbsp + ": partenaire")]
    public void Canadian_french_sets_its_punctuation_whatever_was_typed(string typed, string expected)
    {
        Assert.Equal(expected, LanguageProfiles.For("fr").Polish(typed));
    }

    // Found by the outside checks (Outside/Briefs/careless-fr.yaml): a quotation typed right after a colon
    // opened with », a space typed only before ";" glued two words, and 'océans' opened with an apostrophe.
    [Theory]
    [InlineData("La ministre a dit:\"nous avançons\"", "La ministre a dit" + Nbsp + ":\u00AB" + Nbsp + "nous avançons" + Nbsp + "\u00BB")]
    [InlineData("Compte rendu ;notes d'information ?Oui!", "Compte rendu; notes d\u2019information? Oui!")]
    [InlineData("Quoi ?!", "Quoi?!")]
    [InlineData("pêches et 'océans'!", "pêches et \u2018océans\u2019!")]
    [InlineData("l'« accord »", "l\u2019\u00AB" + Nbsp + "accord" + Nbsp + "\u00BB")]
    public void Careless_french_keeps_its_words_apart_and_its_quotes_the_right_way_round(string typed, string expected)
    {
        Assert.Equal(expected, LanguageProfiles.For("fr").Polish(typed));
    }

    // Found by the outside checks (Outside/Briefs/odd.yaml): "0.5 %" broke between the figure and its sign.
    [Theory]
    [InlineData("en", "a 0.5 % rise", "a 0.5" + Nbsp + "% rise")]
    [InlineData("en", "a 0.5% rise", "a 0.5% rise")]
    [InlineData("ko", "12  % 증가", "12" + Nbsp + "% 증가")]
    [InlineData("fr", "une hausse de 12% et 3 %", "une hausse de 12" + Nbsp + "% et 3" + Nbsp + "%")]
    [InlineData("fr", "voir https://x.org/a1%20b", "voir https://x.org/a1%20b")]
    [InlineData("en", "the % sign and 5 % and 50 %%", "the % sign and 5" + Nbsp + "% and 50" + Nbsp + "%%")]
    public void A_figure_and_its_per_cent_sign_never_part_at_a_line_end(string tag, string typed, string expected)
    {
        Assert.Equal(expected, LanguageProfiles.For(tag).Polish(typed));
    }

    [Fact]
    public void A_quotation_typed_right_after_a_colon_opens_in_english_too()
    {
        Assert.Equal("He said:\u201Cyes\u201D", LanguageProfiles.For("en").Polish("He said:\"yes\""));
    }

    [Theory]
    [InlineData("Vraiment ? Oui! Bon ;fini", "Vraiment" + Narrow + "? Oui" + Narrow + "! Bon" + Narrow + ";fini")]
    [InlineData("Quoi?!", "Quoi" + Narrow + "?!")]
    [InlineData("Note: texte", "Note" + Nbsp + ": texte")]
    public void French_of_france_sets_a_narrow_space_before_high_punctuation(string typed, string expected)
    {
        Assert.Equal(expected, LanguageProfiles.For("fr-FR").Polish(typed));
    }

    [Theory]
    [InlineData("à 15:20 précises")]
    [InlineData("voir https://www.example.ca/a?b=c;d ou mailto:x@y.ca")]
    [InlineData("le ratio 3:1")]
    public void Times_addresses_and_ratios_are_not_prose_punctuation(string typed)
    {
        Assert.Equal(typed, LanguageProfiles.For("fr-FR").Polish(typed));
    }

    [Fact]
    public void A_quote_may_open_in_one_run_and_close_in_another()
    {
        var runs = LanguageProfiles.For("fr-FR").Polish(["Il a dit \"", "oui", "\" !"]);

        Assert.Equal(["Il a dit \u00AB" + Nbsp, "oui", Nbsp + "\u00BB" + Narrow + "!"], runs);
    }

    [Fact]
    public void A_bold_label_ending_in_a_colon_gets_its_space_inside_the_bold_run()
    {
        var runs = LanguageProfiles.For("fr").Polish(["Sous-marins:", " le sommet"]);

        Assert.Equal(["Sous-marins" + Nbsp + ":", " le sommet"], runs);
    }
}
