using System.Xml.Linq;
using Briefing.Testing;

namespace Briefing.Tests.Localization;

/// <summary>
/// The document's own French words follow the French spacing the polisher gives an author's text: a no-break
/// space before a colon and inside guillemets, never a plain one (found by the outside checks: the briefing
/// note's "Numéro de suivi : …" and "ANNEXE A : …" could break before their colon, and copied with a plain space).
/// </summary>
public sealed class FrenchStringsTests
{
    [Fact]
    public void No_french_string_puts_a_plain_space_before_a_colon_or_inside_guillemets()
    {
        var values = XDocument.Load(RepositoryRoot.Combine("src", "Briefing", "Localization", "Strings.fr.resx"))
            .Root!.Elements("data")
            .Select(d => (Name: (string)d.Attribute("name")!, Value: (string)d.Element("value")!))
            .ToList();

        Assert.NotEmpty(values);
        Assert.DoesNotContain(values, v => v.Value.Contains(" :", StringComparison.Ordinal)
            || v.Value.Contains("\u00AB ", StringComparison.Ordinal) || v.Value.Contains(" \u00BB", StringComparison.Ordinal));
    }
}
