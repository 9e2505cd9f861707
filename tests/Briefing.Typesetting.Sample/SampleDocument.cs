using Briefing.Typesetting.Fluent;

namespace Briefing.Typesetting.Sample;

/// <summary>A sample document and the text it was built from, for checks that read the PDF back.</summary>
/// <param name="Document">The document, ready to lay out or write (once).</param>
/// <param name="Paragraphs">The text of every body block in reading order, as its spans joined it.</param>
public sealed record SampleDocument(Document Document, IReadOnlyList<string> Paragraphs);
