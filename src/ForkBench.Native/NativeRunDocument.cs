using ForkBench.Native.Host;
using ForkBench.Results.Documents;

namespace ForkBench.Native;

/// <summary>
/// A native sweep as the result document every command reads (compare,
/// baseline, history, report): its measurements, the host it ran on with the
/// facts that decide what it could measure, and why it stopped early if it did.
/// </summary>
public static class NativeRunDocument
{
    /// <param name="gitCommit">The commit of the working tree, or "unknown".</param>
    public static RunDocument Create(NativeSweepResult result, string toolVersion, string gitCommit)
    {
        RunInfo info = RunInfoFactory.Create(result.StartedAt.UtcDateTime, toolVersion, gitCommit, "native")
            with { IncompleteReason = result.Incomplete ? $"the native sweep stopped early ({result.IncompleteReason})" : null };
        return new RunDocument(SchemaVersion.Current, info, HostInfoReader.From(result.Host, Environment.Version.ToString()) with { FreePageReporting = result.FreePageReporting },
            [.. NativeMeasurementMapper.Map(result)]);
    }
}
