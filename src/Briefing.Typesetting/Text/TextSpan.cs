using Briefing.Typesetting.Drawing;

namespace Briefing.Typesetting.Text;

/// <summary>A piece of a paragraph in one style, optionally a link.</summary>
public sealed record TextSpan(string Text, TextStyle Style, LinkTarget? Link = null);
