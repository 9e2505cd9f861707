using System.Globalization;
using Icu;

namespace Briefing.Typesetting.Text.LineBreaking;

/// <summary>
/// Finds where lines may break (UAX #14, through ICU), optionally with Korean keep-all on top.
/// One instance may be shared between threads; dispose it to release the ICU iterator.
/// </summary>
public sealed class LineBreaker : IDisposable
{
    private readonly object _gate = new();
    // The system ICU through its C API when found (fast, allocation-free); icu.net otherwise.
    private readonly NativeLineIterator? _native;
    private readonly BreakIterator? _iterator;
    private readonly List<int> _boundaries = [];
    private bool _disposed;

    /// <summary>Loads ICU and opens a line-break iterator for <paramref name="localeName"/> ("" is the root locale).</summary>
    /// <exception cref="LineBreakUnavailableException">ICU cannot be loaded.</exception>
    public LineBreaker(string localeName = "")
    {
        try
        {
            _native = NativeLineIterator.TryOpen(localeName);
            if (_native is null && !IcuNetFallback.IsSupported)
            {
                throw new DllNotFoundException("no libicuuc.so with the ICU C API was found among the system libraries");
            }

            if (_native is null)
            {
                // ICU's own initialisation is process-wide and idempotent; icu.net guards it with a lock.
                Wrapper.Init();
                _iterator = BreakIterator.CreateLineInstance(new Locale(localeName));
            }
        }
        catch (Exception e)
        {
            throw new LineBreakUnavailableException(
                "ICU (libicu) could not be loaded, so line breaks cannot be found. Install libicu (Debian: libicu72) " +
                $"or point icu.net at it. Cause: {e.Message}", e);
        }
    }

    /// <summary>The version of the ICU library in use, e.g. "72.1".</summary>
    public string IcuVersion => _native is not null ? _native.IcuVersion : FallbackVersion();

    // Its own method, so that the AOT compiler drops it with the fallback (IcuNetFallback).
    private static string FallbackVersion() => IcuNetFallback.IsSupported ? Wrapper.IcuVersion : "";

    /// <summary>
    /// The break opportunities of <paramref name="text"/>, ascending, each with an index in 1..text.Length
    /// (the end of the text is always one, mandatory). With <paramref name="keepAll"/> no break is left
    /// inside a word that contains Hangul: breaks at spaces and around punctuation stay.
    /// </summary>
    public IReadOnlyList<BreakOpportunity> FindBreaks(string text, bool keepAll)
    {
        ArgumentNullException.ThrowIfNull(text);
        var result = new List<BreakOpportunity>(text.Length / 4 + 2);
        if (text.Length == 0)
            return result;

        lock (_gate)
        {
            ObjectDisposedException.ThrowIf(_disposed, this);
            _boundaries.Clear();
            if (_native is not null)
            {
                _native.Boundaries(text, _boundaries);
            }
            else
            {
                _iterator!.SetText(text);
                int next;
                while ((next = _iterator.MoveNext()) != BreakIterator.DONE)
                    _boundaries.Add(next);
            }

            foreach (var index in _boundaries)
            {
                if (index <= 0 || index > text.Length)
                    continue;
                if (keepAll && index < text.Length && IsInsideHangulWord(text, index))
                    continue;
                result.Add(new BreakOpportunity(index, index == text.Length || IsMandatoryAfter(text, index)));
            }

            // A megabyte of text would otherwise keep a megabyte-sized buffer alive for the breaker's life.
            if (_boundaries.Capacity > 4096)
            {
                _boundaries.Clear();
                _boundaries.Capacity = 4096;
            }
        }

        if (result.Count == 0 || result[^1].Index != text.Length)
            result.Add(new BreakOpportunity(text.Length, true));
        return result;
    }

    /// <summary>Releases the ICU iterator.</summary>
    public void Dispose()
    {
        lock (_gate)
        {
            if (_disposed)
                return;
            _disposed = true;
            _native?.Dispose();
            _iterator?.Dispose();
        }
    }

    /// <summary>UAX #14 LB4/LB5: a line must end after BK, after CR not followed by LF, after LF and after NL.</summary>
    internal static bool IsMandatoryAfter(string text, int index)
    {
        var before = text[index - 1];
        return before switch
        {
            '\n' or '\u000B' or '\u000C' or '\u0085' or '\u2028' or '\u2029' => true,
            '\r' => index == text.Length || text[index] != '\n',
            _ => false,
        };
    }

    /// <summary>
    /// Keep-all as CSS defines it, restricted to words with Hangul: no break between two letters or digits
    /// when at least one of them is Hangul, so "정상회담" and "APEC에서" stay whole; nor after a hyphen that
    /// follows Hangul ("한-캐나다"), which UAX #14 would break after but a Korean reader reads as one word.
    /// </summary>
    private static bool IsInsideHangulWord(string text, int index)
    {
        var after = CodePointAt(text, index);
        var before = CodePointBefore(text, index);
        if (IsHyphen(before) && index >= 2 && Hangul.Is(CodePointBefore(text, index - 1)) && (Hangul.Is(after) || IsLetterOrDigit(after)))
            return true; // 한-캐나다, 남-북: a hyphen between Korean words joins one compound, which a Korean reader reads as one word
        var hangulBefore = Hangul.Is(before);
        var hangulAfter = Hangul.Is(after);
        if (!hangulBefore && !hangulAfter)
            return false;
        return (hangulBefore || IsLetterOrDigit(before)) && (hangulAfter || IsLetterOrDigit(after));
    }

    private static bool IsHyphen(int c) => c is '-' or '\u2010';

    private static int CodePointAt(string text, int index)
    {
        var high = text[index];
        if (char.IsHighSurrogate(high) && index + 1 < text.Length && char.IsLowSurrogate(text[index + 1]))
            return char.ConvertToUtf32(high, text[index + 1]);
        return high;
    }

    private static int CodePointBefore(string text, int index)
    {
        var low = text[index - 1];
        if (char.IsLowSurrogate(low) && index >= 2 && char.IsHighSurrogate(text[index - 2]))
            return char.ConvertToUtf32(text[index - 2], low);
        return low;
    }

    private static bool IsLetterOrDigit(int codePoint)
    {
        var category = CharUnicodeInfo.GetUnicodeCategory(codePoint);
        return category <= UnicodeCategory.OtherLetter
               || category is UnicodeCategory.DecimalDigitNumber or UnicodeCategory.LetterNumber or UnicodeCategory.OtherNumber;
    }
}
