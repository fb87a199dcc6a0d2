using ForkBench.Results.Documents;
using ForkBench.Results.Hosts;

namespace ForkBench.Calibration.Tests;

/// <summary>Small run documents with native marginal points.</summary>
public static class Runs
{
    public const string HostId = "test-cpu-2c-24g-k6.18-vm-00000000";

    public static RunDocument Document(string runId, IReadOnlyList<Measurement> measurements, string hostId = HostId, string kernel = "6.18.44-fc-v657") =>
        new(SchemaVersion.Current,
            new RunInfo(runId, new DateTime(2026, 11, 30, 8, 0, 0, DateTimeKind.Utc), "0.1.0", "unknown", "native"),
            new HostInfo(hostId, kernel, "Test CPU", 2, 24L << 30, new ThpSettings("madvise", "madvise"), "vm", "10.0.0"),
            measurements);

    public static Measurement Marginal(string tail, SampleUnit unit, double[] samples) =>
        Measurement($"native/fork-marginal/{tail}", "marginal", "fork", unit, samples);

    public static Measurement Measurement(string id, string metric, string spawn, SampleUnit unit, double[] samples)
    {
        string tail = string.Join('/', id.Split('/').Skip(2));
        return MeasurementFactory.Create(id, new Dictionary<string, string> { ["scenario"] = tail, ["spawn"] = spawn, ["metric"] = metric }, unit, samples);
    }
}
