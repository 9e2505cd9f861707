namespace Briefing.Typesetting.Layout;

/// <summary>Size comparisons with a small tolerance, so sums of heights never miss by a rounding error.</summary>
internal static class Fit
{
    /// <summary>Rounding slack in points; far below anything visible.</summary>
    public const double Tolerance = 1e-6;

    /// <summary>Whether <paramref name="need"/> points fit in <paramref name="have"/> points.</summary>
    public static bool Within(double need, double have) => need <= have + Tolerance;

    /// <summary>A readable size for messages.</summary>
    public static string Describe(double width, double height) =>
        string.Create(System.Globalization.CultureInfo.InvariantCulture, $"{width:0.##}×{height:0.##} pt");
}
