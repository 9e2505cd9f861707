namespace Briefing.Typesetting.Pdf;

/// <summary>What an entry on the writer's open-structure stack stands for.</summary>
internal enum TagKind
{
    /// <summary>A structure element opened by a BeginTag command.</summary>
    Element,
    /// <summary>An artifact opened by a BeginArtifact command.</summary>
    Artifact,
    /// <summary>A paragraph the writer opened itself for text drawn outside any tag.</summary>
    ImplicitParagraph,
    /// <summary>An artifact the writer opened itself for graphics drawn outside any tag.</summary>
    ImplicitArtifact,
    /// <summary>A BeginTag inside an artifact: page furniture has no structure, so it opens nothing.</summary>
    SuppressedElement,
}
