using Briefing.Typesetting.Drawing;
using Briefing.Typesetting.Fonts;
using Briefing.Typesetting.Geometry;
using Briefing.Typesetting.Pdf;
using Briefing.Typesetting.Tests.Pdf;
using Briefing.Typesetting.Tests.Support;
using Briefing.Typesetting.Text;

namespace Briefing.Typesetting.Tests.Fonts;

// PretendardVariable.ttf (npm pretendard 1.3.9, a variable TrueType font with a wght axis 45-920) is fetched by
// .ci/setup into ~/.cache/brief-fonts (or $BRIEF_FONT_CACHE); it is never committed.
public sealed class VariableFontTests : IDisposable
{
    private readonly string _instances = Directory.CreateTempSubdirectory("brief-instances-").FullName;

    public static string PretendardFolder =>
        Environment.GetEnvironmentVariable("BRIEF_FONT_CACHE") is { Length: > 0 } folder
            ? folder
            : Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.UserProfile), ".cache", "brief-fonts");

    public void Dispose() => Directory.Delete(_instances, recursive: true);

    [Fact]
    public void The_catalog_lists_a_variable_font_with_its_weight_axis()
    {
        var face = Assert.Single(FontCatalog.Scan([PretendardFolder]).Family("Pretendard Variable"));

        Assert.True(face.IsVariable);
        Assert.True(face.MinWeight <= 400 && face.MaxWeight >= 700, $"{face.MinWeight}-{face.MaxWeight}");
    }

    [Fact]
    public void A_variable_font_gives_one_instance_per_weight_with_the_instances_own_widths()
    {
        // Given
        var library = new FontLibrary();
        var faces = library.AddFamily(FontCatalog.Scan([PretendardFolder]), "Pretendard Variable", [400, 700], new VariableInstances(_instances));
        var regular = new TextStyle { FontFamily = "Pretendard Variable", FontSize = 11 };
        var bold = regular with { Weight = 700 };

        // Then: two faces at their weights, and the bold one is wider (its advances come from the instance, not the default)
        Assert.Equal([400, 700], faces.Select(f => f.Weight));
        Assert.Equal(2, Directory.GetFiles(_instances, "*.ttf").Length);
        const string text = "정상회담 Summit";
        Assert.True(library.MeasureWidth(text, bold) > library.MeasureWidth(text, regular) * 1.02,
            $"{library.MeasureWidth(text, bold)} vs {library.MeasureWidth(text, regular)}");
    }

    [Fact]
    public void Two_instances_embed_as_two_subsets_that_read_back()
    {
        // Given
        var library = new FontLibrary();
        library.AddFamily(FontCatalog.Scan([PretendardFolder]), "Pretendard Variable", [400, 700], new VariableInstances(_instances));
        const string heading = "한국-캐나다 정상회담";
        const string body = "양국은 전략적 동반자 관계를 확인했다. Toward official talks.";

        // When
        var pdf = ParagraphsPdf.Render(library,
            (heading, new TextStyle { FontFamily = "Pretendard Variable", FontSize = 18, Weight = 700 }),
            (body, new TextStyle { FontFamily = "Pretendard Variable", FontSize = 11 }));

        // Then: two TrueType subsets, named after their instances (the instancer keeps the default instance's name)
        var fonts = PdfTools.PdfFonts(pdf).Output.Split('\n').Where(line => line.Contains("CID TrueType", StringComparison.Ordinal)).ToList();
        Assert.Equal(2, fonts.Count);
        Assert.Single(fonts, line => line.Contains("+PretendardVariable_400wght ", StringComparison.Ordinal));
        Assert.Single(fonts, line => line.Contains("+PretendardVariable_700wght ", StringComparison.Ordinal));
        var text = PdfTools.PdfToText(pdf);
        Assert.Contains(heading, text, StringComparison.Ordinal);
        Assert.Contains(body, text, StringComparison.Ordinal);
        Assert.Equal(0, PdfTools.QpdfCheck(pdf).ExitCode);
    }
}
