using Briefing.Typesetting.Text;

namespace Briefing.Typesetting.Fonts;

/// <summary>The chain last resolved for one style instance; replaced whole, so readers never see half of it.</summary>
internal sealed record StyleChain(TextStyle Style, FaceChain Chain);
