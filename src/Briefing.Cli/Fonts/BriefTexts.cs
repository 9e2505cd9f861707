using Briefing.Model;

namespace Briefing.Cli.Fonts;

/// <summary>Every text of a brief in one language, each with the field it comes from (<c>participants[2].title</c>).</summary>
internal static class BriefTexts
{
    /// <summary>The texts of <paramref name="brief"/> in <paramref name="language"/>, in file order.</summary>
    public static IEnumerable<(string Field, string Text)> Of(Brief brief, string language)
    {
        var texts = new List<(string, string)>();
        void Add(LocalizedText? text, string field)
        {
            if (text is not null && text.Has(language))
            {
                texts.Add(($"{field}.{language}", text.Get(language)));
            }
        }

        void AddProse(LocalizedProse? prose, string field)
        {
            if (prose is null || !prose.Has(language))
            {
                return;
            }

            foreach (var block in prose.Get(language).Blocks)
            {
                var paragraphs = block switch
                {
                    ProseParagraph paragraph => [paragraph],
                    ProseBulletList list => list.Items,
                    _ => [],
                };
                foreach (var paragraph in paragraphs)
                {
                    texts.Add(($"{field}.{language}", paragraph.PlainText));
                }
            }
        }

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
                texts.Add(($"sources[{i}].url", url));
            }
        }

        return texts;
    }
}
