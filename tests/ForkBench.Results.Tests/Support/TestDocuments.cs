using ForkBench.Results.Documents;
using ForkBench.Results.Hosts;

namespace ForkBench.Results.Tests.Support;

/// <summary>Small, valid result documents for tests.</summary>
public static class TestDocuments
{
    public static HostInfo Host(string id = "test-host-2c-24g-k6.1-kvm-00000000") =>
        new(id, "6.1.0-test", "Test CPU", 2, 24L << 30, new ThpSettings("madvise", "madvise"), "kvm", "10.0.0");

    public static RunDocument Run(string runId, IReadOnlyList<Measurement> measurements, HostInfo? host = null) =>
        new(SchemaVersion.Current,
            new RunInfo(runId, new DateTime(2025, 1, 2, 3, 4, 5, DateTimeKind.Utc), "0.1.0", "unknown", "test"),
            host ?? Host(),
            measurements);

    public static Measurement Measurement(string id, IReadOnlyList<double> samples, IReadOnlyDictionary<string, long>? counts = null) =>
        MeasurementFactory.Create(id, new Dictionary<string, string> { ["n"] = "1" }, SampleUnit.Nanoseconds, samples, counts);

    /// <summary>Normal samples with a fixed seed (Box-Muller over System.Random).</summary>
    public static double[] Normal(int seed, int count, double mean, double standardDeviation)
    {
        var random = new Random(seed);
        var values = new double[count];
        for (int i = 0; i < count; i++)
        {
            double u1 = 1.0 - random.NextDouble(), u2 = random.NextDouble();
            values[i] = mean + standardDeviation * Math.Sqrt(-2 * Math.Log(u1)) * Math.Cos(2 * Math.PI * u2);
        }
        return values;
    }
}
