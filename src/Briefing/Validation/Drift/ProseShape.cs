using Briefing.Model;

namespace Briefing.Validation.Drift;

/// <summary>
/// The outline of a prose text: its blocks in order, a paragraph or a list of so many bullets. Two
/// translations of one text have the same shape; then their parts pair up one by one.
/// </summary>
internal sealed class ProseShape
{
    private const int Paragraph = -1;
    private readonly int[] _blocks;

    private ProseShape(int[] blocks)
    {
        _blocks = blocks;
        Paragraphs = blocks.Count(block => block == Paragraph);
        Bullets = blocks.Where(block => block != Paragraph).Sum();
    }

    /// <summary>How many paragraphs stand outside lists.</summary>
    public int Paragraphs { get; }

    /// <summary>How many bullets the lists hold together.</summary>
    public int Bullets { get; }

    /// <summary>The shape of a prose text.</summary>
    public static ProseShape Of(Prose prose) =>
        new(prose.Blocks.Select(block => block is ProseBulletList list ? list.Items.Count : Paragraph).ToArray());

    /// <summary>Whether the two have the same blocks in the same order.</summary>
    public bool SameAs(ProseShape other) => _blocks.AsSpan().SequenceEqual(other._blocks);

    /// <summary>The index, among the parts (paragraphs and bullets in reading order), where the two first differ in kind.</summary>
    public int FirstDifference(ProseShape other)
    {
        var mine = Kinds();
        var theirs = other.Kinds();
        var length = Math.Min(mine.Length, theirs.Length);
        for (var i = 0; i < length; i++)
        {
            if (mine[i] != theirs[i])
            {
                return i;
            }
        }

        return mine.Length == theirs.Length ? 0 : length;
    }

    /// <summary>For messages: <c>2 paragraphs and 3 bullets</c>.</summary>
    public string Describe() =>
        $"{Paragraphs} paragraph{(Paragraphs == 1 ? string.Empty : "s")} and {Bullets} bullet{(Bullets == 1 ? string.Empty : "s")}";

    private bool[] Kinds() =>
        _blocks.SelectMany(block => block == Paragraph ? [false] : Enumerable.Repeat(true, block)).ToArray();
}
