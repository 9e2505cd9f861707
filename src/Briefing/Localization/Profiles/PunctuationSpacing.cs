namespace Briefing.Localization.Profiles;

/// <summary>
/// The spaces a language sets around punctuation, replacing whatever spaces (or none) the author typed.
/// French sets a no-break space (U+00A0) before <c>:</c> and inside <c>« »</c>; before <c>; ! ?</c> nothing in
/// Canada and a narrow no-break space (U+202F) in France. English and Korean leave spacing as typed
/// (<see cref="AsTyped"/>).
/// </summary>
/// <param name="Rewrites">Whether the typed spaces around these marks are replaced at all (false: left as typed).</param>
/// <param name="BeforeColon">The space set before a colon that ends a phrase.</param>
/// <param name="BeforeHighPunctuation">The space set before <c>;</c>, <c>!</c> and <c>?</c>.</param>
/// <param name="InsideGuillemets">The space set after <c>«</c> and before <c>»</c>.</param>
public sealed record PunctuationSpacing(bool Rewrites, string BeforeColon, string BeforeHighPunctuation, string InsideGuillemets)
{
    /// <summary>Spacing as the author typed it (English, Korean).</summary>
    public static PunctuationSpacing AsTyped { get; } = new(false, string.Empty, string.Empty, string.Empty);
}
