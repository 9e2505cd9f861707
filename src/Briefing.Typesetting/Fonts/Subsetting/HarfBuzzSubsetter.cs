using System.Runtime.InteropServices;

namespace Briefing.Typesetting.Fonts.Subsetting;

/// <summary>
/// HarfBuzz's subsetter (hb-subset), called in the native library that HarfBuzzSharp ships but does not wrap.
/// It subsets what our own TrueType subsetter cannot: CFF outlines (OpenType .otf), and variable fonts, which
/// it instances at the axis positions it is given (the outlines and advances of that one weight).
/// </summary>
/// <remarks>
/// New glyph ids follow the original ids' order, .notdef first; the plan's map gives each one.
/// The library is found where HarfBuzzSharp's own calls find it (next to the program, or in the runtimes folder).
/// </remarks>
internal static partial class HarfBuzzSubsetter
{
    private const string Library = "libHarfBuzzSharp";

    // hb_subset_flags_t: no hinting (PDF viewers do their own), and no closure over GSUB: the shaper has
    // already chosen the glyphs, so the subset needs exactly those.
    private const uint NoHinting = 0x1;
    private const uint NoLayoutClosure = 0x200;

    // hb_subset_sets_t.HB_SUBSET_SETS_DROP_TABLE_TAG
    private const int DropTableTags = 3;

    /// <summary>What a subset holds: the font data to embed and the original id of each new glyph id.</summary>
    public sealed record Result(byte[] Data, int[] OriginalGlyphIds);

    /// <summary>
    /// Subsets face <paramref name="face"/> (a HarfBuzz face handle) to <paramref name="glyphIds"/>, with
    /// variable axes pinned at <paramref name="axes"/>. <paramref name="table"/> null returns the whole
    /// subset font file; a tag such as "CFF " returns only that table (the bare CFF a PDF embeds).
    /// </summary>
    public static Result Subset(IntPtr face, ReadOnlySpan<int> glyphIds, IReadOnlyList<(string Axis, float Value)> axes, string? table, string path)
    {
        var input = hb_subset_input_create_or_fail();
        if (input == IntPtr.Zero)
            throw new OutOfMemoryException("HarfBuzz could not make a subset input.");
        IntPtr plan = IntPtr.Zero, subset = IntPtr.Zero, blob = IntPtr.Zero;
        try
        {
            var glyphs = hb_subset_input_glyph_set(input);
            hb_set_add(glyphs, 0);
            foreach (var id in glyphIds)
                hb_set_add(glyphs, (uint)id);
            hb_subset_input_set_flags(input, NoHinting | NoLayoutClosure);
            var drop = hb_subset_input_set(input, DropTableTags);
            // Nothing in a PDF reads layout, names or the character map: CIDs address glyphs directly.
            foreach (var tag in new[] { "GSUB", "GPOS", "GDEF", "BASE", "JSTF", "MATH", "morx", "kern", "name", "cmap", "DSIG", "vhea", "vmtx", "VORG" })
                hb_set_add(drop, Tag(tag));
            foreach (var (axis, value) in axes)
            {
                if (!hb_subset_input_pin_axis_location(input, face, Tag(axis), value))
                    throw new UnsupportedFontException(path, $"HarfBuzz could not pin its '{axis}' axis at {value}");
            }

            plan = hb_subset_plan_create_or_fail(face, input);
            if (plan == IntPtr.Zero)
                throw new UnsupportedFontException(path, "HarfBuzz could not plan a subset of it");
            var map = hb_subset_plan_old_to_new_glyph_mapping(plan);
            foreach (var id in glyphIds)
            {
                if (hb_map_get(map, (uint)id) == uint.MaxValue)
                    throw new UnsupportedFontException(path, $"HarfBuzz left glyph {id} out of the subset");
            }

            subset = hb_subset_plan_execute_or_fail(plan);
            if (subset == IntPtr.Zero)
                throw new UnsupportedFontException(path, "HarfBuzz could not subset it");
            blob = table is null ? hb_face_reference_blob(subset) : hb_face_reference_table(subset, Tag(table));
            var data = hb_blob_get_data(blob, out var length);
            if (data == IntPtr.Zero || length == 0)
                throw new UnsupportedFontException(path, table is null ? "HarfBuzz made an empty subset" : $"its subset has no '{table}' table");
            var bytes = new byte[length];
            Marshal.Copy(data, bytes, 0, (int)length);
            var count = (int)hb_face_get_glyph_count(subset);
            var reverse = hb_subset_plan_new_to_old_glyph_mapping(plan);
            var originals = new int[count];
            for (var i = 0; i < count; i++)
            {
                var old = hb_map_get(reverse, (uint)i);
                originals[i] = old == uint.MaxValue ? 0 : (int)old;
            }
            return new Result(bytes, originals);
        }
        finally
        {
            if (blob != IntPtr.Zero)
                hb_blob_destroy(blob);
            if (subset != IntPtr.Zero)
                hb_face_destroy(subset);
            if (plan != IntPtr.Zero)
                hb_subset_plan_destroy(plan);
            hb_subset_input_destroy(input);
        }
    }

    /// <summary>
    /// A static instance of a variable font: every glyph, table and name kept, every axis pinned at its default
    /// except those given (e.g. <c>wght</c> 700). The result is a plain TrueType file whose outlines, advances
    /// (HVAR applied to 'hmtx') and metrics are that instance's.
    /// </summary>
    public static byte[] Instance(string path, int index, IReadOnlyList<(string Axis, float Value)> axes)
    {
        using var blob = HarfBuzzSharp.Blob.FromFile(path);
        using var face = new HarfBuzzSharp.Face(blob, index);
        var input = hb_subset_input_create_or_fail();
        if (input == IntPtr.Zero)
            throw new OutOfMemoryException("HarfBuzz could not make a subset input.");
        IntPtr subset = IntPtr.Zero, data = IntPtr.Zero;
        try
        {
            hb_subset_input_keep_everything(input);
            if (!hb_subset_input_pin_all_axes_to_default(input, face.Handle))
                throw new UnsupportedFontException(path, "HarfBuzz could not pin its axes");
            foreach (var (axis, value) in axes)
            {
                if (!hb_subset_input_pin_axis_location(input, face.Handle, Tag(axis), value))
                    throw new UnsupportedFontException(path, $"HarfBuzz could not pin its '{axis}' axis at {value}");
            }

            subset = hb_subset_or_fail(face.Handle, input);
            if (subset == IntPtr.Zero)
                throw new UnsupportedFontException(path, "HarfBuzz could not make a static instance of it");
            data = hb_face_reference_blob(subset);
            var bytes = hb_blob_get_data(data, out var length);
            if (bytes == IntPtr.Zero || length == 0)
                throw new UnsupportedFontException(path, "HarfBuzz made an empty instance of it");
            var result = new byte[length];
            Marshal.Copy(bytes, result, 0, (int)length);
            return result;
        }
        finally
        {
            if (data != IntPtr.Zero)
                hb_blob_destroy(data);
            if (subset != IntPtr.Zero)
                hb_face_destroy(subset);
            hb_subset_input_destroy(input);
        }
    }

    private static uint Tag(string tag) => (uint)(tag[0] << 24 | tag[1] << 16 | tag[2] << 8 | tag[3]);

    [LibraryImport(Library)]
    private static partial void hb_subset_input_keep_everything(IntPtr input);

    [LibraryImport(Library)]
    [return: MarshalAs(UnmanagedType.I4)]
    private static partial bool hb_subset_input_pin_all_axes_to_default(IntPtr input, IntPtr face);

    [LibraryImport(Library)]
    private static partial IntPtr hb_subset_or_fail(IntPtr face, IntPtr input);

    [LibraryImport(Library)]
    private static partial IntPtr hb_subset_input_create_or_fail();

    [LibraryImport(Library)]
    private static partial void hb_subset_input_destroy(IntPtr input);

    [LibraryImport(Library)]
    private static partial IntPtr hb_subset_input_glyph_set(IntPtr input);

    [LibraryImport(Library)]
    private static partial IntPtr hb_subset_input_set(IntPtr input, int setType);

    [LibraryImport(Library)]
    private static partial void hb_subset_input_set_flags(IntPtr input, uint flags);

    [LibraryImport(Library)]
    [return: MarshalAs(UnmanagedType.I4)]
    private static partial bool hb_subset_input_pin_axis_location(IntPtr input, IntPtr face, uint axisTag, float value);

    [LibraryImport(Library)]
    private static partial IntPtr hb_subset_plan_create_or_fail(IntPtr face, IntPtr input);

    [LibraryImport(Library)]
    private static partial IntPtr hb_subset_plan_old_to_new_glyph_mapping(IntPtr plan);

    [LibraryImport(Library)]
    private static partial IntPtr hb_subset_plan_new_to_old_glyph_mapping(IntPtr plan);

    [LibraryImport(Library)]
    private static partial IntPtr hb_subset_plan_execute_or_fail(IntPtr plan);

    [LibraryImport(Library)]
    private static partial void hb_subset_plan_destroy(IntPtr plan);

    [LibraryImport(Library)]
    private static partial void hb_set_add(IntPtr set, uint value);

    [LibraryImport(Library)]
    private static partial uint hb_map_get(IntPtr map, uint key);

    [LibraryImport(Library)]
    private static partial IntPtr hb_face_reference_blob(IntPtr face);

    [LibraryImport(Library)]
    private static partial IntPtr hb_face_reference_table(IntPtr face, uint tag);

    [LibraryImport(Library)]
    private static partial uint hb_face_get_glyph_count(IntPtr face);

    [LibraryImport(Library)]
    private static partial void hb_face_destroy(IntPtr face);

    [LibraryImport(Library)]
    private static partial IntPtr hb_blob_get_data(IntPtr blob, out uint length);

    [LibraryImport(Library)]
    private static partial void hb_blob_destroy(IntPtr blob);
}
