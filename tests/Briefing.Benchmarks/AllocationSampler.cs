using System.Diagnostics.Tracing;

namespace Briefing.Benchmarks;

/// <summary>
/// Counts the runtime's allocation samples (the GCAllocationTick event, about one per 100 KB allocated) by
/// type, in process: a cheap answer to "what does this workload allocate" without an external profiler.
/// </summary>
internal sealed class AllocationSampler : EventListener
{
    private const EventKeywords GcKeyword = (EventKeywords)0x1;
    private readonly Dictionary<string, (int Samples, long Bytes)> _byType = new(StringComparer.Ordinal);
    private readonly Lock _lock = new();
    private bool _on;

    /// <summary>Samples from now on.</summary>
    public void Start() => _on = true;

    /// <summary>Stops sampling and gives the types, most sampled bytes first.</summary>
    public IReadOnlyList<(string Type, int Samples, long Bytes)> Stop()
    {
        _on = false;
        lock (_lock)
            return [.. _byType.Select(p => (p.Key, p.Value.Samples, p.Value.Bytes)).OrderByDescending(p => p.Bytes)];
    }

    protected override void OnEventSourceCreated(EventSource eventSource)
    {
        if (eventSource.Name == "Microsoft-Windows-DotNETRuntime")
            EnableEvents(eventSource, EventLevel.Verbose, GcKeyword);
    }

    protected override void OnEventWritten(EventWrittenEventArgs eventData)
    {
        if (!_on || eventData.EventName is null || !eventData.EventName.StartsWith("GCAllocationTick", StringComparison.Ordinal) || eventData.Payload is null)
            return;
        var type = "?";
        long bytes = 0;
        var large = false;
        for (var i = 0; i < eventData.Payload.Count; i++)
        {
            var name = eventData.PayloadNames![i];
            if (name == "TypeName")
                type = eventData.Payload[i] as string ?? "?";
            else if (name == "AllocationAmount64")
                bytes = Convert.ToInt64(eventData.Payload[i], System.Globalization.CultureInfo.InvariantCulture);
            else if (name == "AllocationKind")
                large = Convert.ToInt32(eventData.Payload[i], System.Globalization.CultureInfo.InvariantCulture) == 1;
        }

        // Large objects (85,000 bytes and more) count apart: their budget, not gen0's, decides when a full collection runs.
        if (large)
            type += " (large object heap)";
        lock (_lock)
        {
            var (samples, total) = _byType.GetValueOrDefault(type);
            _byType[type] = (samples + 1, total + bytes);
        }
    }
}
