using Briefing.Cli.Tests.Infrastructure;

namespace Briefing.Cli.Tests.Commands;

public sealed class FontsCommandTests
{
    [Fact]
    public void Fonts_lists_the_face_and_file_of_each_role_per_language()
    {
        var run = BriefProcess.Run("fonts");

        Assert.True(run.ExitCode == 0, run.ToString());
        Assert.Matches(@"(?m)^en\s+body\s+Noto Sans\s+400\s+normal\s+/usr/share/fonts/truetype/noto/NotoSans-Regular\.ttf$", run.Out);
        Assert.Matches(@"(?m)^en\s+body \(fallback\)\s+NanumGothic\s+400\s+normal\s+/usr/share/fonts/truetype/nanum/NanumGothic\.ttf$", run.Out);
        Assert.Matches(@"(?m)^ko\s+body\s+NanumGothic\s+400\s+normal\s+/usr/share/fonts/truetype/nanum/NanumGothic\.ttf$", run.Out);
        Assert.Matches(@"(?m)^ko\s+heading\s+NanumGothic\s+600\s+normal\s+/usr/share/fonts/truetype/nanum/NanumGothicBold\.ttf$", run.Out);
    }

    [Fact]
    public void Fonts_with_lang_shows_only_that_language()
    {
        var run = BriefProcess.Run("fonts", "--lang", "ko");

        Assert.Equal(0, run.ExitCode);
        Assert.DoesNotMatch(@"(?m)^en\s", run.Out);
        Assert.Matches(@"(?m)^ko\s", run.Out);
    }

    [Fact]
    public void The_summit_brief_is_fully_covered()
    {
        var run = BriefProcess.Run("fonts", "briefs/" + Briefs.SummitId + ".yaml");

        Assert.True(run.ExitCode == 0, run.ToString());
        Assert.Contains("Every character of briefs/" + Briefs.SummitId + ".yaml is covered (en, ko, fr).", run.Out);
    }

    [Fact]
    public void Uncovered_characters_are_listed_with_their_field_and_exit_1()
    {
        using var temp = new TempFolder();
        var file = temp.Write("tibetan.yaml", Briefs.Tiny(title: "{ en: \"Title ཀ\", ko: \"제목 😀\" }"));

        var run = BriefProcess.Run("fonts", file);

        Assert.Equal(1, run.ExitCode);
        Assert.Contains("U+0F40 'ཀ' in title.en\n", run.Out);
        Assert.Contains("U+1F600 '😀' in title.ko\n", run.Out);
        Assert.Contains("2 character(s) no font covers", run.Error);
    }

    [Fact]
    public void A_language_the_brief_lacks_is_an_error()
    {
        using var temp = new TempFolder();
        var file = temp.Write("en.yaml", Briefs.EnglishOnly());

        var run = BriefProcess.Run("fonts", "--lang", "ko", file);

        Assert.Equal(1, run.ExitCode);
        Assert.Contains($"{file}: error BRF901: the brief has no 'ko' version; its languages are en", run.Error);
    }
}
