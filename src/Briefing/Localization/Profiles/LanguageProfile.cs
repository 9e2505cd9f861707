using System.Globalization;
using Briefing.Composition;
using Briefing.Composition.Frames;
using Briefing.Model;

namespace Briefing.Localization.Profiles;

/// <summary>
/// Everything about setting a document in one locale (a language with a region, BCP 47): the fonts, line
/// breaking, leading and spacing, dates, numbers, names with titles, quotation marks and punctuation
/// spacing, list markers and outline numbering, classification names (through the resx culture), the default
/// paper and the PDF's language tag. Composition asks the profile and never looks at a language code; the
/// profiles themselves live in <see cref="LanguageProfiles"/>, the one place that knows the codes.
/// A document frame (a GC briefing note, a Korean 보고서) is a separate concern that sits beside the profile;
/// the profile only names its locale's default (<see cref="DefaultFrame"/>).
/// </summary>
public sealed class LanguageProfile
{
    private readonly TextPolisher _polisher;

    internal LanguageProfile(string language, string region, CultureInfo resxCulture, QuoteStyle quotes, PunctuationSpacing punctuation)
    {
        Language = language;
        Region = region;
        ResxCulture = resxCulture;
        Quotes = quotes;
        Punctuation = punctuation;
        _polisher = new TextPolisher(quotes, punctuation);
    }

    /// <summary>The language subtag, which keys the brief's texts: <c>fr</c>.</summary>
    public string Language { get; }

    /// <summary>The region subtag: <c>CA</c>.</summary>
    public string Region { get; }

    /// <summary>The locale as BCP 47: <c>fr-CA</c>.</summary>
    public string Tag => Language + "-" + Region;

    /// <summary>The document language written into the PDF (<c>/Lang</c>).</summary>
    public string PdfLanguage => Tag;

    /// <summary>The culture the resx words are read for: the language alone (<c>Strings.fr.resx</c>).</summary>
    public CultureInfo ResxCulture { get; }

    /// <summary>The font roles (body, heading, italic, bold italic), each a family chain, first choice first.</summary>
    public required IReadOnlyList<FontRole> Fonts { get; init; }

    /// <summary>How lines break.</summary>
    public required LineBreaking LineBreaking { get; init; }

    /// <summary>Leading and spacing.</summary>
    public required CompositionMetrics Metrics { get; init; }

    /// <summary>How dates are written.</summary>
    public required DateStyle Dates { get; init; }

    /// <summary>The date form the document's tables, key facts and footer use: compact in Korean reports, spelled out elsewhere.</summary>
    public required DateForm DocumentDateForm { get; init; }

    /// <summary>How numbers are written.</summary>
    public required NumberStyle Numbers { get; init; }

    /// <summary>Where a title goes relative to a name.</summary>
    public required NameOrder NameOrder { get; init; }

    /// <summary>The quotation marks straight quotes become.</summary>
    public QuoteStyle Quotes { get; }

    /// <summary>The spaces set around punctuation.</summary>
    public PunctuationSpacing Punctuation { get; }

    /// <summary>List markers and outline numbering.</summary>
    public required ListStyle Lists { get; init; }

    /// <summary>The paper when the brief names none.</summary>
    public required PaperSize DefaultPaper { get; init; }

    /// <summary>The document frame when neither the command nor the brief chooses one (ko-KR: a Korean report; en-CA, fr-CA: a briefing note).</summary>
    public FrameKind DefaultFrame { get; init; } = FrameKind.Neutral;

    /// <summary>The document's fixed words (section titles, labels, statuses, classification names).</summary>
    public DocumentStrings Strings => Words ?? DocumentStrings.For(ResxCulture);

    /// <summary>
    /// Words of the profile's own instead of the resx culture's: only a test's language (the pseudo-locale) has them;
    /// every shipped profile reads its resx.
    /// </summary>
    internal DocumentStrings? Words { get; init; }

    /// <summary>The family chain of the body role, first choice first.</summary>
    public IReadOnlyList<string> FontChain => Fonts[0].Families;

    /// <summary>A date in the form the document uses in tables, key facts and the footer.</summary>
    public string DocumentDate(DateOnly date) => Dates.Format(date, DocumentDateForm);

    /// <summary>A name with its title, in the language's order; the name alone when there is no title.</summary>
    public string WithTitle(string name, string title)
    {
        if (string.IsNullOrWhiteSpace(title))
            return name;
        return NameOrder switch
        {
            NameOrder.NameFirst => $"{name} {title}",
            NameOrder.NameCommaTitle => $"{name}, {title}",
            _ when !IsFormalTitle(title) => $"{name}, {title}",
            _ => $"{title} {name}",
        };
    }

    // English puts only a short, formal title before a name ("Prime Minister Mark Carney"); a long one or a
    // description goes after it, set off by a comma ("David McGuinty, Minister of National Defence",
    // "Diana Fox Carney, spouse of the Prime Minister"), as the Canadian Press stylebook has it.
    private static bool IsFormalTitle(string title)
    {
        var trimmed = title.Trim();
        if (trimmed.Length == 0 || !char.IsUpper(trimmed[0]))
            return false;
        var words = 1;
        foreach (var c in trimmed)
        {
            if (c == ' ')
                words++;
        }

        return words <= MaxWordsOfATitleBeforeAName;
    }

    private const int MaxWordsOfATitleBeforeAName = 3;

    /// <summary>The marking of a classification level, e.g. <c>PROTÉGÉ B</c>, <c>대외비</c>.</summary>
    public string ClassificationName(Classification classification) => Strings.Classification(classification);

    /// <summary>An author's text set in the language's typography (quotes, apostrophes, punctuation spacing).</summary>
    public string Polish(string text) => _polisher.Polish(text);

    /// <summary>The runs of one paragraph set in the language's typography, as one text (see <see cref="TextPolisher"/>).</summary>
    public IReadOnlyList<string> Polish(IReadOnlyList<string> runs) => _polisher.Polish(runs);

    /// <inheritdoc />
    public override string ToString() => Tag;
}
