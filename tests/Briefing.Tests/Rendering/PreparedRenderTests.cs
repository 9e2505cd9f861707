using Briefing.Loading;
using Briefing.Rendering;
using Briefing.Sources;
using Briefing.Testing;
using Briefing.Typesetting.Fonts;
using Briefing.Typesetting.Pdf;

namespace Briefing.Tests.Rendering;

/// <summary>
/// <see cref="BriefRenderer.Prepare"/> loads faces ahead of a render (as <c>brief render</c> does on another core):
/// the render that follows must give exactly the bytes of a render that prepared nothing.
/// </summary>
public sealed class PreparedRenderTests
{
    [Theory]
    [InlineData("en")]
    [InlineData("ko")]
    [InlineData("fr")]
    public void A_render_after_preparing_its_language_gives_the_same_bytes_as_one_without(string language)
    {
        // Given the summit brief with its source attached (compressed while the rest of the file is written)
        var path = Path.Combine(RepositoryRoot.Find(), "briefs", "2025-10-30-korea-canada-summit.yaml");
        var brief = new BriefLoader().Load(path).Brief!;
        var source = SourceAttachment.For(Path.GetFileName(path), File.ReadAllBytes(path));
        var preparedFonts = DefaultFonts.Load();

        // When one renderer's fonts were prepared for the language first and the other's were not
        BriefRenderer.Prepare(preparedFonts, language);
        using var prepared = new BriefRenderer(preparedFonts);
        using var plain = new BriefRenderer(DefaultFonts.Load());

        // Then
        Assert.Equal(
            plain.Render(brief, language, null, PdfStandards.None, [source]),
            prepared.Render(brief, language, null, PdfStandards.None, [source]));
    }

    [Fact]
    public void Preparing_a_language_without_a_profile_throws_nothing()
    {
        // Given a language no profile knows (the command line is not checked against the profiles before this runs)
        var fonts = DefaultFonts.Load();

        // When, Then
        Assert.Null(Record.Exception(() => BriefRenderer.Prepare(fonts, "tlh")));
    }
}
