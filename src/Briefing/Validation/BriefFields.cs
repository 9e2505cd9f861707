using Briefing.Diagnostics;
using Briefing.Model;

namespace Briefing.Validation;

/// <summary>Every text of a brief that is drawn in one language, with its field path and position, in file order.</summary>
internal static class BriefFields
{
    public static List<(string Field, string Text, SourceSpan Span)> Of(Brief brief, string language)
    {
        var texts = new List<(string, string, SourceSpan)>();
        Add(brief.Title, "title");
        Add(brief.Subtitle, "subtitle");
        Add(brief.Location, "location");
        Add(brief.Occasion, "occasion");
        Add(brief.Prepared.By, "prepared.by");
        AddProse(brief.Summary, "summary");
        for (var i = 0; i < brief.Delegations.Count; i++)
        {
            Add(brief.Delegations[i].Name, $"delegations[{i}].name");
        }

        for (var i = 0; i < brief.Participants.Count; i++)
        {
            Add(brief.Participants[i].Name, $"participants[{i}].name");
            Add(brief.Participants[i].Title, $"participants[{i}].title");
            AddProse(brief.Participants[i].Note, $"participants[{i}].note");
        }

        for (var i = 0; i < brief.Agreements.Count; i++)
        {
            Add(brief.Agreements[i].Title, $"agreements[{i}].title");
            AddProse(brief.Agreements[i].Summary, $"agreements[{i}].summary");
        }

        for (var i = 0; i < brief.Questions.Count; i++)
        {
            Add(brief.Questions[i].Text, $"questions[{i}].question");
            AddProse(brief.Questions[i].Context, $"questions[{i}].context");
        }

        for (var i = 0; i < brief.Timeline.Count; i++)
        {
            Add(brief.Timeline[i].Event, $"timeline[{i}].event");
        }

        for (var i = 0; i < brief.Sections.Count; i++)
        {
            Add(brief.Sections[i].Title, $"sections[{i}].title");
            AddProse(brief.Sections[i].Body, $"sections[{i}].body");
        }

        for (var i = 0; i < brief.Sources.Count; i++)
        {
            Add(brief.Sources[i].Title, $"sources[{i}].title");
            Add(brief.Sources[i].Publisher, $"sources[{i}].publisher");
            if (brief.Sources[i].Url is { } url)
            {
                texts.Add(($"sources[{i}].url", url, brief.Sources[i].Span));
            }
        }

        return texts;

        void Add(LocalizedText? text, string field)
        {
            if (text is not null && text.Has(language))
            {
                texts.Add((text.Invariant is null ? $"{field}.{language}" : field, text.Get(language), text.Span));
            }
        }

        void AddProse(LocalizedProse? prose, string field)
        {
            if (prose is null || !prose.Has(language))
            {
                return;
            }

            var name = prose.Invariant is null ? $"{field}.{language}" : field;
            foreach (var block in prose.Get(language).Blocks)
            {
                if (block is ProseParagraph paragraph)
                {
                    texts.Add((name, paragraph.PlainText, prose.Span));
                }
                else if (block is ProseBulletList list)
                {
                    foreach (var item in list.Items)
                    {
                        texts.Add((name, item.PlainText, prose.Span));
                    }
                }
            }
        }
    }
}
