namespace Briefing.Validation.Drift;

/// <summary>A number written in digits, as its value (<c>1 200</c>, <c>1,200</c> and <c>1200</c> are one figure) and as written.</summary>
internal readonly record struct Figure(decimal Value, string Written);
