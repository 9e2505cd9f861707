using System.Globalization;
using Briefing.Diagnostics;
using Briefing.Model;

namespace Briefing.Validation.Drift;

/// <summary>
/// Warns where the languages of one localized text disagree on what a translation must keep: figures
/// (BRF080), dates (BRF081), URLs (BRF082), e-mail addresses (BRF083), and for prose the number of
/// paragraphs and bullets (BRF084). The first of the brief's languages that the text has is the
/// reference; each other language is compared with it, paragraph by paragraph and bullet by bullet when
/// the two have the same shape, as a whole otherwise. Warnings point at the other language's text.
/// </summary>
internal sealed class TranslationDrift(IReadOnlyList<string> languages, DiagnosticBag bag)
{
    private readonly Dictionary<string, FactReader> _readers = new(StringComparer.Ordinal);

    /// <summary>Compares the languages of a short text.</summary>
    public void Check(LocalizedText? text, string path)
    {
        if (text is null || text.Invariant is not null || text.ByLanguage.Count < 2)
        {
            return;
        }

        var order = Order(text.ByLanguage.Keys);
        var reference = Facts(order[0], [Part(text, order[0], path)]);
        foreach (var language in order.Skip(1))
        {
            var part = Part(text, language, path);
            Compare((order[0], reference), (language, Facts(language, [part])), $"{path}.{order[0]}", part.Label, part.Position);
        }
    }

    /// <summary>Compares the languages of a prose text: its shape, then its facts.</summary>
    public void Check(LocalizedProse? prose, string path)
    {
        if (prose is null || prose.Invariant is not null || prose.ByLanguage.Count < 2)
        {
            return;
        }

        var order = Order(prose.ByLanguage.Keys);
        var first = order[0];
        var firstShape = ProseShape.Of(prose.ByLanguage[first]);
        var reference = Facts(first, Parts(prose, first, path));
        foreach (var language in order.Skip(1))
        {
            var shape = ProseShape.Of(prose.ByLanguage[language]);
            var parts = Parts(prose, language, path);
            var facts = Facts(language, parts);
            var start = Start(prose, language);
            if (shape.SameAs(firstShape))
            {
                for (var i = 0; i < parts.Count; i++)
                {
                    Compare((first, [reference[i]]), (language, [facts[i]]), reference[i].Part.Label, parts[i].Label, parts[i].Position);
                }

                continue;
            }

            var at = parts.Count == 0 ? start : parts[Math.Min(firstShape.FirstDifference(shape), parts.Count - 1)].Position;
            var message = shape.Paragraphs == firstShape.Paragraphs && shape.Bullets == firstShape.Bullets
                ? $"{path}.{language} groups its bullets into lists differently from {path}.{first}"
                : $"{path}.{language} has {shape.Describe()}; {path}.{first} has {firstShape.Describe()}";
            bag.Add(DiagnosticCodes.DriftStructure, at, message);
            Compare((first, reference), (language, facts), $"{path}.{first}", $"{path}.{language}", start);
        }
    }

    private void Compare((string Language, IReadOnlyList<(TextPart Part, TextFacts Facts)> Parts) referenceSide,
        (string Language, IReadOnlyList<(TextPart Part, TextFacts Facts)> Parts) otherSide,
        string referenceLabel, string otherLabel, SourceSpan missingAt)
    {
        var (reference, other) = (referenceSide.Parts, otherSide.Parts);
        // Most texts state no figure, date or link in either language: nothing can be missing or extra, and the
        // indexes below would only be built to be thrown away.
        if (reference.All(item => item.Facts.HasNothingToCompare) && other.All(item => item.Facts.HasNothingToCompare))
        {
            return;
        }

        var (referenceDates, otherDates) = (DriftLanguage.For(referenceSide.Language), DriftLanguage.For(otherSide.Language));
        var referenceWords = reference.SelectMany(item => item.Facts.SpelledNumbers).ToHashSet();
        var otherWords = other.SelectMany(item => item.Facts.SpelledNumbers).ToHashSet();
        var labels = (referenceLabel, otherLabel, missingAt);
        Report(DiagnosticCodes.DriftFigure, "the figure",
            Mentions(reference, facts => facts.Figures, figure => figure.Written),
            Mentions(other, facts => facts.Figures, figure => figure.Written),
            figure => figure.Value, Once,
            (figure, side) => (side == Side.Reference ? otherWords : referenceWords).Contains(figure.Value),
            labels, figure => figure.Value.ToString("0.############################", CultureInfo.InvariantCulture));
        Report(DiagnosticCodes.DriftDate, "the date",
            Mentions(reference, facts => facts.Dates, date => date.Written),
            Mentions(other, facts => facts.Dates, date => date.Written),
            date => date.Key, date => date.Index, date => date.Probes,
            // A month alone that the other language cannot tell from a word ("en mai" beside "in May") has nothing to match.
            (date, side) => date.Day is null && date.Year is null
                && !(side == Side.Reference ? otherDates : referenceDates).ReadsMonthAlone(date.Month),
            labels);
        Report(DiagnosticCodes.DriftUrl, "the URL",
            Mentions(reference, facts => facts.Urls, link => link.Written),
            Mentions(other, facts => facts.Urls, link => link.Written),
            link => link.Key, Once, static (_, _) => false, labels);
        Report(DiagnosticCodes.DriftEmail, "the e-mail address",
            Mentions(reference, facts => facts.Emails, link => link.Written),
            Mentions(other, facts => facts.Emails, link => link.Written),
            link => link.Key, Once, static (_, _) => false, labels);
    }

    private static IEnumerable<TKey> Once<TKey>(TKey key) => [key];

    private void Report<T, TKey>(DiagnosticCode code, string noun, List<(T Fact, string Written, TextPart Part)> reference,
        List<(T Fact, string Written, TextPart Part)> other, Func<T, TKey> key, Func<TKey, IEnumerable<TKey>> probes,
        Func<T, Side, bool> excused, (string Reference, string Other, SourceSpan MissingAt) labels, Func<T, string>? detail = null)
        where TKey : notnull =>
        Report(code, noun, reference, other, key, fact => [key(fact)], fact => probes(key(fact)), excused, labels, detail);

    // Facts are looked up by key, never compared pair by pair: a text of a million characters stays linear.
    private void Report<T, TKey>(DiagnosticCode code, string noun, List<(T Fact, string Written, TextPart Part)> reference,
        List<(T Fact, string Written, TextPart Part)> other, Func<T, TKey> key, Func<T, IEnumerable<TKey>> index,
        Func<T, IEnumerable<TKey>> probes, Func<T, Side, bool> excused, (string Reference, string Other, SourceSpan MissingAt) labels,
        Func<T, string>? detail = null)
        where TKey : notnull
    {
        var referenceIndex = reference.SelectMany(item => index(item.Fact)).ToHashSet();
        var otherIndex = other.SelectMany(item => index(item.Fact)).ToHashSet();
        var missing = reference.Where(mine => !probes(mine.Fact).Any(otherIndex.Contains) && !excused(mine.Fact, Side.Reference))
            .DistinctBy(item => key(item.Fact)).ToList();
        var extra = other.Where(theirs => !probes(theirs.Fact).Any(referenceIndex.Contains) && !excused(theirs.Fact, Side.Other))
            .DistinctBy(item => key(item.Fact)).ToList();
        if (missing.Count == 1 && extra.Count == 1)
        {
            // "'1,200' where ... '1,200'" would puzzle: the same writing read in two languages needs its values.
            var (shown, instead) = extra[0].Written == missing[0].Written && detail is not null
                ? ($"'{extra[0].Written}' ({detail(extra[0].Fact)})", $"'{missing[0].Written}' ({detail(missing[0].Fact)})")
                : ($"'{extra[0].Written}'", $"'{missing[0].Written}'");
            bag.Add(code, extra[0].Part.Position, $"{extra[0].Part.Label} has {noun} {shown} where {labels.Reference} has {instead}");
            return;
        }

        foreach (var item in missing)
        {
            bag.Add(code, labels.MissingAt, $"{labels.Other} lacks {noun} '{item.Written}', which {labels.Reference} has");
        }

        foreach (var item in extra)
        {
            bag.Add(code, item.Part.Position, $"{item.Part.Label} has {noun} '{item.Written}', which {labels.Reference} lacks");
        }
    }

    private static List<(T Fact, string Written, TextPart Part)> Mentions<T>(IReadOnlyList<(TextPart Part, TextFacts Facts)> parts,
        Func<TextFacts, IEnumerable<T>> select, Func<T, string> written) =>
        parts.SelectMany(item => select(item.Facts).Select(fact => (fact, written(fact), item.Part))).ToList();

    private List<(TextPart Part, TextFacts Facts)> Facts(string language, IReadOnlyList<TextPart> parts)
    {
        if (!_readers.TryGetValue(language, out var reader))
        {
            reader = new FactReader(language);
            _readers[language] = reader;
        }

        return parts.Select(part => (part, reader.Read(part.Text, part.Targets))).ToList();
    }

    private List<string> Order(IEnumerable<string> present)
    {
        var have = present.ToList();
        return languages.Where(have.Contains).Concat(have.Where(language => !languages.Contains(language)).Order(StringComparer.Ordinal)).ToList();
    }

    private static TextPart Part(LocalizedText text, string language, string path) =>
        new($"{path}.{language}", text.ByLanguage[language], [],
            text.Positions.TryGetValue(language, out var position) ? position : text.Span);

    private static List<TextPart> Parts(LocalizedProse prose, string language, string path)
    {
        var text = prose.ByLanguage[language];
        var start = Start(prose, language);
        var paragraphs = new List<ProseParagraph>();
        var isBullet = new List<bool>();
        foreach (var block in text.Blocks)
        {
            if (block is ProseParagraph paragraph)
            {
                paragraphs.Add(paragraph);
                isBullet.Add(false);
            }
            else if (block is ProseBulletList list)
            {
                paragraphs.AddRange(list.Items);
                isBullet.AddRange(list.Items.Select(_ => true));
            }
        }

        var parts = new List<TextPart>(paragraphs.Count);
        var (paragraphNumber, bulletNumber) = (0, 0);
        for (var i = 0; i < paragraphs.Count; i++)
        {
            var label = paragraphs.Count == 1
                ? $"{path}.{language}"
                : isBullet[i] ? $"{path}.{language} (bullet {++bulletNumber})" : $"{path}.{language} (paragraph {++paragraphNumber})";
            var targets = paragraphs[i].Inlines.Select(inline => inline.Url).OfType<string>().Distinct(StringComparer.Ordinal).ToList();
            var position = i < text.Positions.Count ? text.Positions[i] : start;
            parts.Add(new TextPart(label, paragraphs[i].PlainText, targets, position));
        }

        return parts;
    }

    private static SourceSpan Start(LocalizedProse prose, string language) =>
        prose.Positions.TryGetValue(language, out var position) ? position : prose.Span;

    private enum Side
    {
        Reference,
        Other,
    }
}
