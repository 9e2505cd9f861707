using System.Reflection;
using Briefing.Snapshots.Pdf;
using Briefing.Testing;

namespace Briefing.Snapshots.Tests;

public sealed class PublicApiTests
{
    // Members every record or enum gets from the compiler say nothing about the API.
    private static readonly HashSet<string> Generated = ["<Clone>$", "Equals", "GetHashCode", "ToString", "Deconstruct", "value__"];

    [Fact]
    public void The_public_api_changes_only_on_purpose()
    {
        // Given
        var types = typeof(PdfSnapshot).Assembly.GetExportedTypes().OrderBy(t => t.FullName, StringComparer.Ordinal);

        // When
        var lines = new List<string>();
        foreach (var type in types)
        {
            lines.Add(type.FullName!);
            const BindingFlags flags = BindingFlags.Public | BindingFlags.Instance | BindingFlags.Static | BindingFlags.DeclaredOnly;
            lines.AddRange(type.GetMembers(flags)
                .Where(m => m is not MethodInfo { IsSpecialName: true } && !Generated.Contains(m.Name))
                .Select(m => "  " + m.ToString())
                .Order(StringComparer.Ordinal));
        }

        // Then
        Snapshot.Verify(string.Join('\n', lines));
    }
}
