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

        var order = Order(text.ByLanguage);
        var reference = Facts(order[0], [Part(text, order[0], path)]);
        for (var i = 1; i < order.Count; i++)
        {
            var part = Part(text, order[i], path);
            Compare((order[0], reference), (order[i], Facts(order[i], [part])), reference[0].Part.Label, part.Label, part.Position);
        }
    }

    /// <summary>Compares the languages of a prose text: its shape, then its facts.</summary>
    public void Check(LocalizedProse? prose, string path)
    {
        if (prose is null || prose.Invariant is not null || prose.ByLanguage.Count < 2)
        {
            return;
        }

        var order = Order(prose.ByLanguage);
        var first = order[0];
        var firstShape = ProseShape.Of(prose.ByLanguage[first]);
        var reference = Facts(first, Parts(prose, first, path));
        foreach (var language in order[1..])
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
        if (!NothingToCompare(reference) || !NothingToCompare(other))
        {
            ReportEachKind(referenceSide, otherSide, (referenceLabel, otherLabel, missingAt));
        }
    }

    // Apart from Compare so that its closures are allocated only for the texts that state something to compare.
    private void ReportEachKind((string Language, IReadOnlyList<(TextPart Part, TextFacts Facts)> Parts) referenceSide,
        (string Language, IReadOnlyList<(TextPart Part, TextFacts Facts)> Parts) otherSide,
        (string Reference, string Other, SourceSpan MissingAt) labels)
    {
        var (reference, other) = (referenceSide.Parts, otherSide.Parts);
        var (referenceDates, otherDates) = (DriftLanguage.For(referenceSide.Language), DriftLanguage.For(otherSide.Language));
        if (Any(reference, facts => facts.Figures) || Any(other, facts => facts.Figures))
        {
            var referenceWords = SpelledNumbers(reference);
            var otherWords = SpelledNumbers(other);
            Report<Figure, decimal, decimal>(DiagnosticCodes.DriftFigure, "the figure", reference, other, facts => facts.Figures, figure => figure.Written,
                figure => figure.Value, static (figure, index) => index.Add(figure.Value), static (figure, index) => index.Contains(figure.Value),
                (figure, side) => (side == Side.Reference ? otherWords : referenceWords).Contains(figure.Value),
                labels, figure => figure.Value.ToString("0.############################", CultureInfo.InvariantCulture));
        }

        Report<DateMention, (int?, int, int?), DateKey>(DiagnosticCodes.DriftDate, "the date", reference, other, facts => facts.Dates,
            date => date.Written, date => date.Key, static (date, index) => date.AddKeysTo(index), static (date, index) => date.IsFoundIn(index),
            // A month alone that the other language cannot tell from a word ("en mai" beside "in May") has nothing to match.
            (date, side) => date.Day is null && date.Year is null
                && !(side == Side.Reference ? otherDates : referenceDates).ReadsMonthAlone(date.Month),
            labels);
        Report<LinkMention, string, string>(DiagnosticCodes.DriftUrl, "the URL", reference, other, facts => facts.Urls, link => link.Written,
            link => link.Key, static (link, index) => index.Add(link.Key), static (link, index) => index.Contains(link.Key),
            static (_, _) => false, labels);
        Report<LinkMention, string, string>(DiagnosticCodes.DriftEmail, "the e-mail address", reference, other, facts => facts.Emails, link => link.Written,
            link => link.Key, static (link, index) => index.Add(link.Key), static (link, index) => index.Contains(link.Key),
            static (_, _) => false, labels);
    }

    private static bool NothingToCompare(IReadOnlyList<(TextPart Part, TextFacts Facts)> parts)
    {
        for (var i = 0; i < parts.Count; i++)
        {
            if (!parts[i].Facts.HasNothingToCompare)
            {
                return false;
            }
        }

        return true;
    }

    private static bool Any<T>(IReadOnlyList<(TextPart Part, TextFacts Facts)> parts, Func<TextFacts, IReadOnlyList<T>> select)
    {
        for (var i = 0; i < parts.Count; i++)
        {
            if (select(parts[i].Facts).Count > 0)
            {
                return true;
            }
        }

        return false;
    }

    private static HashSet<decimal> SpelledNumbers(IReadOnlyList<(TextPart Part, TextFacts Facts)> parts)
    {
        var values = new HashSet<decimal>();
        for (var i = 0; i < parts.Count; i++)
        {
            values.UnionWith(parts[i].Facts.SpelledNumbers);
        }

        return values;
    }

    // Facts are looked up by key, never compared pair by pair: a text of a million characters stays linear. A fact
    // adds its keys to an index (index), and is found when the other side's index holds a match (found); a fact
    // that is missing or extra is reported once per distinct key (key), in the order the texts state them.
    private void Report<T, TKey, TIndexKey>(DiagnosticCode code, string noun, IReadOnlyList<(TextPart Part, TextFacts Facts)> reference,
        IReadOnlyList<(TextPart Part, TextFacts Facts)> other, Func<TextFacts, IReadOnlyList<T>> select, Func<T, string> written,
        Func<T, TKey> key, Action<T, HashSet<TIndexKey>> index, Func<T, HashSet<TIndexKey>, bool> found,
        Func<T, Side, bool> excused, (string Reference, string Other, SourceSpan MissingAt) labels, Func<T, string>? detail = null)
        where TKey : notnull
    {
        if (!Any(reference, select) && !Any(other, select))
        {
            return;
        }

        var referenceIndex = Index(reference, select, index);
        var otherIndex = Index(other, select, index);
        var missing = Unmatched(reference, select, key, fact => !found(fact, otherIndex) && !excused(fact, Side.Reference));
        var extra = Unmatched(other, select, key, fact => !found(fact, referenceIndex) && !excused(fact, Side.Other));
        if (missing.Count == 1 && extra.Count == 1)
        {
            // "'1,200' where ... '1,200'" would puzzle: the same writing read in two languages needs its values.
            var (theirs, mine) = (extra[0], missing[0]);
            var (shown, instead) = written(theirs.Fact) == written(mine.Fact) && detail is not null
                ? ($"'{written(theirs.Fact)}' ({detail(theirs.Fact)})", $"'{written(mine.Fact)}' ({detail(mine.Fact)})")
                : ($"'{written(theirs.Fact)}'", $"'{written(mine.Fact)}'");
            bag.Add(code, theirs.Part.Position, $"{theirs.Part.Label} has {noun} {shown} where {labels.Reference} has {instead}");
            return;
        }

        foreach (var item in missing)
        {
            bag.Add(code, labels.MissingAt, $"{labels.Other} lacks {noun} '{written(item.Fact)}', which {labels.Reference} has");
        }

        foreach (var item in extra)
        {
            bag.Add(code, item.Part.Position, $"{item.Part.Label} has {noun} '{written(item.Fact)}', which {labels.Reference} lacks");
        }
    }

    private static HashSet<TIndexKey> Index<T, TIndexKey>(IReadOnlyList<(TextPart Part, TextFacts Facts)> parts,
        Func<TextFacts, IReadOnlyList<T>> select, Action<T, HashSet<TIndexKey>> index)
    {
        var keys = new HashSet<TIndexKey>();
        for (var i = 0; i < parts.Count; i++)
        {
            var facts = select(parts[i].Facts);
            for (var j = 0; j < facts.Count; j++)
            {
                index(facts[j], keys);
            }
        }

        return keys;
    }

    // The facts that fail to match, the first of each key only.
    private static List<(T Fact, TextPart Part)> Unmatched<T, TKey>(IReadOnlyList<(TextPart Part, TextFacts Facts)> parts,
        Func<TextFacts, IReadOnlyList<T>> select, Func<T, TKey> key, Func<T, bool> unmatched)
        where TKey : notnull
    {
        var found = new List<(T Fact, TextPart Part)>();
        HashSet<TKey>? seen = null;
        for (var i = 0; i < parts.Count; i++)
        {
            var facts = select(parts[i].Facts);
            for (var j = 0; j < facts.Count; j++)
            {
                if (unmatched(facts[j]) && (seen ??= []).Add(key(facts[j])))
                {
                    found.Add((facts[j], parts[i].Part));
                }
            }
        }

        return found;
    }

    private List<(TextPart Part, TextFacts Facts)> Facts(string language, IReadOnlyList<TextPart> parts)
    {
        if (!_readers.TryGetValue(language, out var reader))
        {
            reader = new FactReader(language);
            _readers[language] = reader;
        }

        var facts = new List<(TextPart Part, TextFacts Facts)>(parts.Count);
        for (var i = 0; i < parts.Count; i++)
        {
            facts.Add((parts[i], reader.Read(parts[i].Text, parts[i].Targets)));
        }

        return facts;
    }

    // The brief's languages in its order, then any others the text has, in ordinal order.
    private List<string> Order<T>(IReadOnlyDictionary<string, T> byLanguage)
    {
        var order = new List<string>(byLanguage.Count);
        for (var i = 0; i < languages.Count; i++)
        {
            if (byLanguage.ContainsKey(languages[i]))
            {
                order.Add(languages[i]);
            }
        }

        List<string>? others = null;
        foreach (var language in byLanguage.Keys)
        {
            if (!languages.Contains(language))
            {
                (others ??= []).Add(language);
            }
        }

        if (others is not null)
        {
            others.Sort(StringComparer.Ordinal);
            order.AddRange(others);
        }

        return order;
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
        for (var b = 0; b < text.Blocks.Count; b++)
        {
            if (text.Blocks[b] is ProseParagraph paragraph)
            {
                paragraphs.Add(paragraph);
                isBullet.Add(false);
            }
            else if (text.Blocks[b] is ProseBulletList list)
            {
                paragraphs.AddRange(list.Items);
                isBullet.AddRange(Enumerable.Repeat(true, list.Items.Count));
            }
        }

        var parts = new List<TextPart>(paragraphs.Count);
        var (paragraphNumber, bulletNumber) = (0, 0);
        for (var i = 0; i < paragraphs.Count; i++)
        {
            var label = paragraphs.Count == 1
                ? $"{path}.{language}"
                : isBullet[i] ? $"{path}.{language} (bullet {++bulletNumber})" : $"{path}.{language} (paragraph {++paragraphNumber})";
            var targets = Targets(paragraphs[i]);
            var position = i < text.Positions.Count ? text.Positions[i] : start;
            parts.Add(new TextPart(label, paragraphs[i].PlainText, targets, position));
        }

        return parts;
    }

    // The distinct link targets of a paragraph, in order; most paragraphs have none and share the empty list.
    private static IReadOnlyList<string> Targets(ProseParagraph paragraph)
    {
        List<string>? targets = null;
        for (var i = 0; i < paragraph.Inlines.Count; i++)
        {
            if (paragraph.Inlines[i].Url is { } url && !(targets ??= []).Contains(url))
            {
                targets.Add(url);
            }
        }

        return targets ?? (IReadOnlyList<string>)[];
    }

    private static SourceSpan Start(LocalizedProse prose, string language) =>
        prose.Positions.TryGetValue(language, out var position) ? position : prose.Span;

    private enum Side
    {
        Reference,
        Other,
    }
}
