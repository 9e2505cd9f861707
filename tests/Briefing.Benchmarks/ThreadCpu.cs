using System.Runtime.InteropServices;

namespace Briefing.Benchmarks;

/// <summary>
/// The calling thread's CPU time (Linux <c>clock_gettime(CLOCK_THREAD_CPUTIME_ID)</c>): what a layout costs
/// itself, including the garbage collections it triggers on that thread, but not the time it waited for a core
/// while other processes ran. NaN where the call is not available.
/// </summary>
internal static partial class ThreadCpu
{
    private const int ClockThreadCpuTimeId = 3;

    /// <summary>The thread's CPU time so far in milliseconds.</summary>
    public static double Milliseconds()
    {
        if (!OperatingSystem.IsLinux())
            return double.NaN;
        return ClockGetTime(ClockThreadCpuTimeId, out var time) == 0 ? time.Seconds * 1000.0 + time.Nanoseconds / 1e6 : double.NaN;
    }

    /// <summary>
    /// The thread's minor page faults so far (Linux <c>getrusage(RUSAGE_THREAD)</c>): first touches of memory the
    /// process had not used, or had given back, each a trip through the kernel. -1 where the call is not available.
    /// </summary>
    public static unsafe long MinorFaults()
    {
        if (!OperatingSystem.IsLinux())
            return -1;
        // struct rusage on 64-bit Linux: two timevals (32 bytes), then 14 longs of which ru_minflt is the fifth.
        var usage = stackalloc long[18];
        return GetRUsage(RUsageThread, usage) == 0 ? usage[8] : -1;
    }

    private const int RUsageThread = 1;

    [LibraryImport("libc", EntryPoint = "getrusage")]
    private static unsafe partial int GetRUsage(int who, long* usage);

    [StructLayout(LayoutKind.Sequential)]
    private struct TimeSpec
    {
        public long Seconds;
        public long Nanoseconds;
    }

    [LibraryImport("libc", EntryPoint = "clock_gettime")]
    private static partial int ClockGetTime(int clock, out TimeSpec time);
}
