using Briefing.Typesetting.Layout;

namespace Briefing.Composition.Frames.Note;

/// <summary>One annex of a briefing note: its letter, its title, the field it comes from, and how to build its content.</summary>
internal sealed record NoteAnnex(string Letter, string Title, string Field, Func<Element> Content);
