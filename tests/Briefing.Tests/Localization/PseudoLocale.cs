using System.Globalization;
using System.Reflection;
using System.Text;
using System.Xml.Linq;
using Briefing.Localization;
using Briefing.Localization.Profiles;
using Briefing.Model;
using Briefing.Testing;

namespace Briefing.Tests.Localization;

/// <summary>
/// A language that exists only in the tests, added as docs/localization.md walks through adding one:
/// its words are the English resx pseudo-localized (accented letters, about 40% longer, in brackets, so
/// a cut-off end or an English word that bypassed the resx shows), its profile is English's with those
/// words and pseudo dates, and a brief gets its texts as the English ones pseudo-localized.
/// </summary>
internal static class PseudoLocale
{
    /// <summary>The language key of the pseudo texts (<c>qps</c> is the code ISO 639 reserves for local use, as Windows' pseudo-locales do).</summary>
    public const string Language = "qps";

    private static readonly Dictionary<char, char> Accents = new()
    {
        ['a'] = 'å', ['c'] = 'ç', ['d'] = 'ð', ['e'] = 'é', ['g'] = 'ĝ', ['h'] = 'ĥ', ['i'] = 'î', ['j'] = 'ĵ',
        ['k'] = 'ķ', ['l'] = 'ļ', ['n'] = 'ñ', ['o'] = 'ö', ['r'] = 'ř', ['s'] = 'š', ['t'] = 'ţ', ['u'] = 'û',
        ['w'] = 'ŵ', ['y'] = 'ý', ['z'] = 'ž',
        ['A'] = 'Å', ['C'] = 'Ç', ['D'] = 'Ð', ['E'] = 'É', ['G'] = 'Ĝ', ['H'] = 'Ĥ', ['I'] = 'Î', ['J'] = 'Ĵ',
        ['K'] = 'Ķ', ['L'] = 'Ļ', ['N'] = 'Ñ', ['O'] = 'Ö', ['R'] = 'Ř', ['S'] = 'Ŝ', ['T'] = 'Ţ', ['U'] = 'Û',
        ['W'] = 'Ŵ', ['Y'] = 'Ý', ['Z'] = 'Ž',
    };

    /// <summary>The English words of the document: every key and value of <c>Strings.resx</c>.</summary>
    public static IReadOnlyDictionary<string, string> EnglishWords { get; } =
        XDocument.Load(RepositoryRoot.Combine("src", "Briefing", "Localization", "Strings.resx")).Root!.Elements("data")
            .ToDictionary(data => (string)data.Attribute("name")!, data => (string?)data.Element("value") ?? string.Empty);

    /// <summary>
    /// <paramref name="english"/> pseudo-localized: <c>Section Summary</c> becomes <c>[Ŝéçţîöñ Ŝûmmåřý ·····]</c>,
    /// about 40% longer. Placeholders (<c>{0}</c>) and digits stay as they are.
    /// </summary>
    public static string Text(string english)
    {
        if (english.Length == 0)
            return english;
        var text = new StringBuilder("[", english.Length * 2);
        var inPlaceholder = false;
        foreach (var c in english)
        {
            inPlaceholder = c == '{' || (inPlaceholder && c != '}');
            text.Append(!inPlaceholder && Accents.TryGetValue(c, out var accented) ? accented : c);
        }

        // Brackets and a space are three of the 40%; the dots make up the rest.
        text.Append(' ').Append('·', Math.Max(1, (int)Math.Ceiling(english.Length * 0.4) - 3)).Append(']');
        return text.ToString();
    }

    /// <summary>The profile: English (Canada)'s setting, with the pseudo words and dates.</summary>
    public static LanguageProfile Profile()
    {
        var english = LanguageProfiles.For("en-CA");
        var words = EnglishWords.ToDictionary(pair => pair.Key, pair => Text(pair.Value));
        return new LanguageProfile(Language, "ploc", CultureInfo.InvariantCulture, english.Quotes, english.Punctuation)
        {
            Fonts = english.Fonts,
            LineBreaking = english.LineBreaking,
            Metrics = english.Metrics,
            Dates = new PseudoDates(english.Dates),
            DocumentDateForm = english.DocumentDateForm,
            Numbers = english.Numbers,
            NameOrder = english.NameOrder,
            Lists = english.Lists,
            DefaultPaper = english.DefaultPaper,
            Words = DocumentStrings.FromWords(Language, CultureInfo.InvariantCulture, words),
        };
    }

    /// <summary>
    /// <paramref name="brief"/> with a pseudo text beside every English one (what an author adding the language
    /// to the brief would write). Texts the same in every language stay as they are.
    /// </summary>
    public static Brief WithPseudoTexts(Brief brief) => (Brief)Rewrite(brief)!;

    private static object? Rewrite(object? value)
    {
        switch (value)
        {
            case null:
                return null;
            case LocalizedText text when text.Invariant is null:
                return text with { ByLanguage = With(text.ByLanguage, Text(text.Get("en"))) };
            case LocalizedProse prose when prose.Invariant is null:
                return prose with { ByLanguage = With(prose.ByLanguage, Prose(prose.Get("en"))) };
            case LocalizedText or LocalizedProse or string:
                return value;
        }

        var type = value.GetType();
        if (type.IsValueType || type.Namespace != typeof(Brief).Namespace)
            return value is System.Collections.IList list && type.IsGenericType ? RewriteList(list, type) : value;

        // A record of the model: a copy (its compiler-made clone) with each property rewritten.
        var copy = type.GetMethod("<Clone>$")!.Invoke(value, null)!;
        foreach (var property in type.GetProperties(BindingFlags.Public | BindingFlags.Instance))
        {
            if (property.CanWrite && property.GetIndexParameters().Length == 0)
                property.SetValue(copy, Rewrite(property.GetValue(value)));
        }

        return copy;
    }

    // The model's lists are arrays or List<T>; a new list of the same element type holds the rewritten items.
    private static object RewriteList(System.Collections.IList list, Type type)
    {
        var copy = (System.Collections.IList)Activator.CreateInstance(typeof(List<>).MakeGenericType(type.GetGenericArguments()[0]))!;
        foreach (var item in list)
            copy.Add(Rewrite(item));
        return copy;
    }

    private static Dictionary<string, T> With<T>(IReadOnlyDictionary<string, T> byLanguage, T pseudo) =>
        new(byLanguage) { [Language] = pseudo };

    private static Prose Prose(Prose english) =>
        new(english.Blocks.Select(block => block switch
        {
            ProseParagraph paragraph => (ProseBlock)Paragraph(paragraph),
            ProseBulletList list => new ProseBulletList(list.Items.Select(Paragraph).ToList()),
            _ => throw new ArgumentOutOfRangeException(nameof(english), block.GetType().Name, "unknown prose block"),
        }).ToList());

    private static ProseParagraph Paragraph(ProseParagraph paragraph) =>
        paragraph with { Inlines = paragraph.Inlines.Select(inline => inline with { Text = Text(inline.Text) }).ToList() };

    private sealed class PseudoDates(DateStyle english) : DateStyle
    {
        public override string Short(DateOnly date) => english.Short(date);

        public override string Long(DateOnly date) => Text(english.Long(date));

        public override string LongWithWeekday(DateOnly date) => Text(english.LongWithWeekday(date));
    }
}
