using System.Globalization;
using Briefing.Composition;
using Briefing.Composition.Frames;
using Briefing.Model;
using Briefing.Typesetting.Fonts;

namespace Briefing.Localization.Profiles;

/// <summary>
/// The locales brief sets documents in, and the one place that knows language codes: <c>en-CA</c>,
/// <c>en-US</c>, <c>en-GB</c>, <c>fr-CA</c>, <c>fr-FR</c> and <c>ko-KR</c>. A bare language takes its
/// documented default region: <c>en</c> is <c>en-CA</c>, <c>fr</c> is <c>fr-CA</c> (Canada's government is
/// the first reader), <c>ko</c> is <c>ko-KR</c>. Everything else in the code asks a profile.
/// </summary>
public static class LanguageProfiles
{
    /// <summary>The language of the neutral resx (<c>Strings.resx</c>).</summary>
    public const string NeutralLanguage = "en";

    private static readonly string[] RightToLeftLanguages = ["ar", "arc", "ckb", "dv", "fa", "he", "ks", "ku", "ps", "sd", "syr", "ug", "ur", "yi"];

    private static readonly CompositionMetrics WesternMetrics = new()
    {
        BodyLeading = 1.4,
        TightLeading = 1.3,
        ParagraphGap = 6,
        BulletSpacing = 2,
        BulletLabelWidth = 10,
        ItemLabelWidth = 24,
        SourceLabelWidth = 22,
        TimelineDateWidth = 104,
        FactLabelWidth = 66,
        NameColumnWeight = 2.4,
    };

    private static readonly IReadOnlyList<LanguageProfile> All = Build();

    /// <summary>Every profile, in a fixed order.</summary>
    public static IReadOnlyList<LanguageProfile> Every => All;

    /// <summary>The default region of each language brief knows.</summary>
    public static IReadOnlyDictionary<string, string> DefaultRegions { get; } = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase)
    {
        ["en"] = "CA",
        ["fr"] = "CA",
        ["ko"] = "KR",
    };

    /// <summary>
    /// The profile of <paramref name="tag"/>: a language (<c>fr</c>, its default region) or a language with a
    /// region (<c>en-GB</c>), in any letter case; null when brief has no profile for it.
    /// </summary>
    public static LanguageProfile? Find(string tag)
    {
        var parts = tag.Split('-');
        var language = parts[0];
        string? region;
        if (parts.Length == 1)
        {
            if (!DefaultRegions.TryGetValue(language, out region))
                return null;
        }
        else if (parts.Length == 2)
        {
            region = parts[1];
        }
        else
        {
            return null;
        }

        foreach (var profile in All)
        {
            if (profile.Language.Equals(language, StringComparison.OrdinalIgnoreCase) && profile.Region.Equals(region, StringComparison.OrdinalIgnoreCase))
                return profile;
        }

        return null;
    }

    /// <summary>The profile of <paramref name="tag"/>; throws when there is none (the loader has checked).</summary>
    public static LanguageProfile For(string tag) =>
        Find(tag) ?? throw new ArgumentException($"no language profile for '{tag}'", nameof(tag));

    /// <summary>The language subtag of a tag: <c>en</c> for <c>en-GB</c>, lower case.</summary>
    public static string LanguageOf(string tag)
    {
        var dash = tag.IndexOf('-', StringComparison.Ordinal);
        return (dash < 0 ? tag : tag[..dash]).ToLowerInvariant();
    }

    /// <summary>Which of the languages with tables of their own <paramref name="tag"/> is, by its language subtag.</summary>
    public static KnownLanguage Known(string tag) => LanguageOf(tag) switch
    {
        "en" => KnownLanguage.English,
        "fr" => KnownLanguage.French,
        "ko" => KnownLanguage.Korean,
        _ => KnownLanguage.Other,
    };

    /// <summary>Whether the language is written right to left (its texts may need directional controls).</summary>
    public static bool IsRightToLeft(string tag) => Array.IndexOf(RightToLeftLanguages, LanguageOf(tag)) >= 0;

    /// <summary>Whether a tag names the neutral (English) resx language.</summary>
    public static bool IsNeutral(string tag) => string.Equals(tag, NeutralLanguage, StringComparison.OrdinalIgnoreCase);

    private static IReadOnlyList<LanguageProfile> Build()
    {
        var english = CultureInfo.GetCultureInfo(NeutralLanguage);
        var french = CultureInfo.GetCultureInfo("fr");
        var korean = CultureInfo.GetCultureInfo("ko");
        var englishQuotes = new QuoteStyle("\u201C", "\u201D", "\u2018", "\u2019", SingleQuotesAreApostrophes: false);
        var frenchQuotes = new QuoteStyle("\u00AB", "\u00BB", "\u201C", "\u201D", SingleQuotesAreApostrophes: true);
        var latinFirst = Roles([DefaultFonts.LatinSans, DefaultFonts.KoreanSans]);
        var decimalLists = new ListStyle("\u2022", new DecimalOutline());
        var englishNumbers = new NumberStyle(",", ".");

        LanguageProfile English(string region, EnglishDates dates, PaperSize paper, FrameKind frame = FrameKind.Neutral) =>
            new("en", region, english, englishQuotes, PunctuationSpacing.AsTyped)
            {
                Fonts = latinFirst,
                LineBreaking = LineBreaking.KeepAll,
                Metrics = WesternMetrics,
                Dates = dates,
                DocumentDateForm = DateForm.Long,
                Numbers = englishNumbers,
                NameOrder = NameOrder.TitleFirst,
                Lists = decimalLists,
                DefaultPaper = paper,
                DefaultFrame = frame,
            };

        LanguageProfile French(string region, FrenchDates dates, PunctuationSpacing spacing, string groupSeparator, PaperSize paper, FrameKind frame = FrameKind.Neutral) =>
            new("fr", region, french, frenchQuotes, spacing)
            {
                Fonts = latinFirst,
                LineBreaking = LineBreaking.KeepAll,
                Metrics = WesternMetrics,
                Dates = dates,
                DocumentDateForm = DateForm.Long,
                Numbers = new NumberStyle(groupSeparator, ","),
                NameOrder = NameOrder.NameCommaTitle,
                Lists = decimalLists,
                DefaultPaper = paper,
                DefaultFrame = frame,
            };

        return
        [
            // Canada's government: Letter paper, ISO numeric dates, "October 30, 2025".
            // Canada's government reads briefing notes; elsewhere English gets the neutral note.
            English("CA", new EnglishDates(dayFirst: false, "yyyy-MM-dd"), PaperSize.Letter, FrameKind.BriefingNote),
            English("US", new EnglishDates(dayFirst: false, "MM/dd/yyyy"), PaperSize.Letter),
            English("GB", new EnglishDates(dayFirst: true, "dd/MM/yyyy"), PaperSize.A4),
            // OQLF and federal practice: no space before ; ! ? in Canada, a no-break space before : and inside « ».
            French("CA", new FrenchDates("yyyy-MM-dd"), new PunctuationSpacing(true, "\u00A0", string.Empty, "\u00A0"), "\u00A0", PaperSize.Letter, FrameKind.BriefingNote),
            // France sets a narrow no-break space before ; ! ? (and groups thousands with it).
            French("FR", new FrenchDates("dd/MM/yyyy"), new PunctuationSpacing(true, "\u00A0", "\u202F", "\u00A0"), "\u202F", PaperSize.A4),
            new("ko", "KR", korean, englishQuotes, PunctuationSpacing.AsTyped)
            {
                // Nanum Gothic first: its own Latin glyphs keep mixed Korean-English text even.
                Fonts = Roles([DefaultFonts.KoreanSans, DefaultFonts.LatinSans]),
                LineBreaking = LineBreaking.KeepAll,
                Metrics = new CompositionMetrics
                {
                    BodyLeading = 1.6,
                    TightLeading = 1.45,
                    ParagraphGap = 5,
                    BulletSpacing = 1,
                    BulletLabelWidth = 12,
                    ItemLabelWidth = 18,
                    SourceLabelWidth = 20,
                    TimelineDateWidth = 92,
                    FactLabelWidth = 48,
                    NameColumnWeight = 2,
                },
                Dates = new KoreanDates(),
                DocumentDateForm = DateForm.Short,
                Numbers = englishNumbers,
                NameOrder = NameOrder.NameFirst,
                Lists = new ListStyle("\u25CB", new KoreanOutline()),
                DefaultPaper = PaperSize.A4,
                // A Korean ministry desk officer reads a 보고서 (issue 14).
                DefaultFrame = FrameKind.KoreanReport,
            },
        ];
    }

    private static IReadOnlyList<FontRole> Roles(IReadOnlyList<string> chain) =>
    [
        new("body", chain, 400, false),
        new("heading", chain, 700, false),
        new("italic", chain, 400, true),
        new("bold italic", chain, 700, true),
    ];
}
