namespace Briefing.Typesetting.Fonts;

/// <summary>
/// CSS Fonts level 4 face matching within one family, for normal width: width first (so that a family
/// with condensed members, like DejaVu Sans, gives its normal faces), then slant, then weight.
/// </summary>
internal static class FaceMatching
{
    /// <summary>The closest face to a weight and slant, or null when <paramref name="faces"/> is empty.</summary>
    public static TrueTypeFace? Closest(IReadOnlyList<TrueTypeFace> faces, int weight, bool italic)
    {
        int bestWidth = int.MaxValue;
        for (int i = 0; i < faces.Count; i++)
            bestWidth = Math.Min(bestWidth, WidthDistance(faces[i].WidthClass));

        // An upright request takes an italic face only when the family has no upright one, and vice versa.
        bool anyOfSlant = false;
        for (int i = 0; i < faces.Count; i++)
            anyOfSlant |= faces[i].Italic == italic && WidthDistance(faces[i].WidthClass) == bestWidth;

        TrueTypeFace? best = null;
        int bestDistance = int.MaxValue;
        for (int i = 0; i < faces.Count; i++)
        {
            var face = faces[i];
            if (WidthDistance(face.WidthClass) != bestWidth || (anyOfSlant && face.Italic != italic))
                continue;
            int distance = WeightDistance(weight, face.Weight);
            if (distance < bestDistance)
            {
                best = face;
                bestDistance = distance;
            }
        }
        return best;
    }

    /// <summary>For a normal-width request CSS tries narrower widths first, nearest first, then wider ones.</summary>
    public static int WidthDistance(int widthClass) => widthClass <= 5 ? 5 - widthClass : 10 + widthClass;

    /// <summary>
    /// Orders available weights as CSS does: the exact weight; for 400-500, heavier up to 500, then
    /// lighter, then heavier; below 400, lighter then heavier; above 500, heavier then lighter.
    /// </summary>
    public static int WeightDistance(int desired, int available)
    {
        const int SecondChoice = 1000, ThirdChoice = 2000;
        if (available == desired)
            return 0;
        if (desired is >= 400 and <= 500)
        {
            if (available > desired && available <= 500)
                return available - desired;
            return available < desired ? SecondChoice + desired - available : ThirdChoice + available - desired;
        }
        if (desired < 400)
            return available < desired ? desired - available : SecondChoice + available - desired;
        return available > desired ? available - desired : SecondChoice + desired - available;
    }
}
