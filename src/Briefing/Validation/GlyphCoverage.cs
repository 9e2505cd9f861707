using System.Globalization;
using System.Text;
using Briefing.Composition;
using Briefing.Diagnostics;
using Briefing.Model;
using Briefing.Typesetting.Fonts;

namespace Briefing.Validation;

/// <summary>
/// Finds, before rendering, every character of a brief that no font of its language's chain covers
/// (BRF054), so that a brief fails validation with the character, the field and the line rather than
/// in the middle of a render.
/// </summary>
public sealed class GlyphCoverage(FontLibrary fonts, Theming.Theme? theme = null)
{
    private readonly Dictionary<(string Chain, int CodePoint), bool> _covered = [];
    private readonly object _gate = new();

    /// <summary>One diagnostic per uncovered character per field, in file order, for each of <paramref name="languages"/>.</summary>
    public IReadOnlyList<Diagnostic> Check(Brief brief, IEnumerable<string> languages)
    {
        var bag = new DiagnosticBag();
        foreach (var language in languages)
        {
            foreach (var missing in Find(brief, language))
            {
                bag.Add(DiagnosticCodes.UncoveredCharacter, missing.Span,
                    $"{missing.Field} holds U+{missing.Character.Value.ToString("X4", CultureInfo.InvariantCulture)} '{missing.Character}', which no font of '{missing.Chain}' covers");
            }
        }

        return bag.ToSortedList();
    }

    /// <summary>Each character of <paramref name="brief"/> in <paramref name="language"/> that no font covers, once per field, in file order.</summary>
    public IReadOnlyList<UncoveredCharacter> Find(Brief brief, string language)
    {
        var found = new List<UncoveredCharacter>();
        var type = Typography.For(brief.ProfileFor(language), theme ?? Theming.Theme.Default);
        // A theme may set headings in another family than running text: any text may be either, so both must cover it.
        var chains = type.Heading.FontFamily == type.Body.FontFamily ? [type.Body.FontFamily] : new[] { type.Body.FontFamily, type.Heading.FontFamily };
        // A brief repeats a few hundred characters at most: each is classified once per call here, and only a
        // character this call has not met takes the shared table's lock (a lock and a lookup for every character
        // of every field was about 2 % of a short render's main thread).
        var known = new Dictionary<int, bool>[chains.Length];
        for (int i = 0; i < chains.Length; i++)
        {
            known[i] = [];
        }

        foreach (var (field, text, span) in BriefFields.Of(brief, language))
        {
            HashSet<int>? reported = null;
            foreach (var rune in text.EnumerateRunes())
            {
                for (int i = 0; i < chains.Length; i++)
                {
                    if (!known[i].TryGetValue(rune.Value, out var covered))
                    {
                        covered = NeedsNoGlyph(rune) || IsCovered(chains[i], rune.Value);
                        known[i].Add(rune.Value, covered);
                    }

                    if (!covered && (reported ??= []).Add(rune.Value))
                    {
                        found.Add(new UncoveredCharacter(field, rune, span, chains[i]));
                    }
                }
            }
        }

        return found;
    }

    private bool IsCovered(string chain, int codePoint)
    {
        lock (_gate)
        {
            if (_covered.TryGetValue((chain, codePoint), out var covered))
            {
                return covered;
            }

            // Any face of a family of the chain: bold and italic text fall back within the same chain.
            covered = false;
            foreach (var family in chain.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries))
            {
                foreach (var face in fonts.Faces)
                {
                    if (face.FamilyName.Equals(family, StringComparison.OrdinalIgnoreCase) && face.HasGlyph(codePoint))
                    {
                        covered = true;
                        break;
                    }
                }

                if (covered)
                {
                    break;
                }
            }

            _covered[(chain, codePoint)] = covered;
            return covered;
        }
    }

    // Line ends, tabs and format characters are turned into layout, not drawn (as the engine does).
    private static bool NeedsNoGlyph(Rune rune) =>
        Rune.GetUnicodeCategory(rune) is UnicodeCategory.Control or UnicodeCategory.Format
            or UnicodeCategory.LineSeparator or UnicodeCategory.ParagraphSeparator;
}
