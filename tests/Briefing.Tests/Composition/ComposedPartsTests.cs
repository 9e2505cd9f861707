using Briefing.Composition;
using Briefing.Loading;
using Briefing.Testing;
using Briefing.Typesetting.Fonts;
using Briefing.Typesetting.Layout;
using Briefing.Typesetting.Text;
using L = Briefing.Typesetting.Fluent.Blocks;

namespace Briefing.Tests.Composition;

/// <summary>
/// A body that shows page numbers is composed again with each layout's pages; the compositions made from one another
/// (<see cref="ComposeContext.WithPages"/>) compose a part without page numbers once, and a composition of its own
/// (a bundle's chapter) every time. That the numbers themselves stay exact is <see cref="ContentsTests"/>' concern.
/// </summary>
public sealed class ComposedPartsTests : IDisposable
{
    private readonly FontLibrary _fonts = DefaultFonts.Load();
    private readonly Typesetter _typesetter;
    private readonly ComposeContext _context;

    public ComposedPartsTests()
    {
        _typesetter = new Typesetter(_fonts);
        var path = Path.Combine(RepositoryRoot.Find(), "briefs", "2025-10-30-korea-canada-summit.yaml");
        var brief = new BriefLoader().Load(path).Brief ?? throw new InvalidOperationException("the summit brief does not load");
        _context = new ComposeContext(brief, "en", brief.ProfileFor("en"), _typesetter);
    }

    public void Dispose() => _typesetter.Dispose();

    [Fact]
    public void Compositions_made_from_one_another_with_pages_compose_a_part_once()
    {
        // Given the first composition of a body that shows page numbers, and the next one, made from it
        var first = _context.WithPages(PageMap.Unknown);
        var next = first.WithPages(PageMap.Unknown);
        var composed = 0;
        Element? Compose()
        {
            composed++;
            return L.Empty();
        }

        // When each asks for the same part, and for an absent one (a section the brief leaves out)
        var part = first.Reuse("summary", Compose);
        var again = next.Reuse("summary", Compose);
        var absent = first.Reuse("timeline", () => { composed++; return null; });
        var stillAbsent = next.Reuse("timeline", () => { composed++; return null; });

        // Then each was composed once, and the next composition holds the first one's elements
        Assert.Same(part, again);
        Assert.Null(absent);
        Assert.Null(stillAbsent);
        Assert.Equal(2, composed);
    }

    [Fact]
    public void A_composition_without_pages_composes_a_part_every_time()
    {
        // Given a composition that shows no page numbers (a bundle's chapter), and one that starts another family
        var composed = 0;
        Element? Compose()
        {
            composed++;
            return L.Empty();
        }

        // When each asks for a part twice
        var once = _context.Reuse("summary", Compose);
        var twice = _context.Reuse("summary", Compose);
        var otherFamily = _context.WithPages(PageMap.Unknown).Reuse("summary", Compose);

        // Then every call composed it: nothing is shared outside the compositions of one document
        Assert.NotSame(once, twice);
        Assert.NotSame(once, otherFamily);
        Assert.Equal(3, composed);
    }
}
