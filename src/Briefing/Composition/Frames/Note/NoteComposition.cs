using Briefing.Localization;
using Briefing.Model;

namespace Briefing.Composition.Frames.Note;

/// <summary>One briefing note being composed: the composition context, the note's styles and its annexes.</summary>
internal sealed class NoteComposition
{
    public NoteComposition(ComposeContext context)
    {
        Context = context;
        Styles = new NoteStyles(context);
        Annexes = NoteAnnexes.Plan(this);
    }

    /// <summary>The composition context (brief, language, words, typesetter).</summary>
    public ComposeContext Context { get; }

    /// <summary>The note's type.</summary>
    public NoteStyles Styles { get; }

    /// <summary>The annexes, lettered A, B, … in order.</summary>
    public IReadOnlyList<NoteAnnex> Annexes { get; }

    /// <summary>Whether the note asks its reader to decide (Issue and Recommendation headings).</summary>
    public bool IsDecision => Context.Brief.Purpose == Purpose.Decision;

    /// <summary>
    /// The marking in both official languages, the document's own first: "UNCLASSIFIED / NON CLASSIFIÉ" in English,
    /// "NON CLASSIFIÉ / UNCLASSIFIED" in French (a note in another language adds both after its own).
    /// </summary>
    public string Marking
    {
        get
        {
            var classification = Context.Brief.Classification;
            var words = new List<string> { Context.Strings.Classification(classification) };
            foreach (var language in Localization.Profiles.OfficialLanguages.Canada)
            {
                if (language != Context.Language)
                    words.Add(DocumentStrings.For(language).Classification(classification));
            }

            return string.Join(" / ", words);
        }
    }

    /// <summary>
    /// A person as GC lists write one: name, then title ("David McGuinty, Minister of National Defence"); a
    /// language whose profile orders names otherwise (Korean: 이재명 대통령) keeps its own order.
    /// </summary>
    public string PersonInList(Participant participant) =>
        NameThenTitle(Context.Profile, Context.Text(participant.Name), Context.Text(participant.Title));

    /// <summary>A name and title as a note's lists write them (see <see cref="PersonInList"/>).</summary>
    public static string NameThenTitle(Localization.Profiles.LanguageProfile profile, string name, string title) =>
        profile.NameOrder == Localization.Profiles.NameOrder.TitleFirst ? $"{name}, {title}" : profile.WithTitle(name, title);

    /// <summary>The named destination of an annex.</summary>
    public string AnnexAnchor(NoteAnnex annex) => Context.AnchorPrefix + "annex-" + annex.Letter.ToLowerInvariant();
}
