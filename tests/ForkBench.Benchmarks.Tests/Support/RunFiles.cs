using ForkBench.Results.Documents;
using ForkBench.Results.Hosts;
using ForkBench.Results.Serialization;

namespace ForkBench.Benchmarks.Tests.Support;

/// <summary>Writes small valid run documents for command tests.</summary>
public static class RunFiles
{
    public const string HostId = "test-cpu-2c-24g-k6.1-kvm-00000000";

    public static readonly double[] Steady = [100, 101, 99, 100.5, 99.5, 100.2, 99.8, 100.1, 100.3, 99.7, 100.4, 99.6];

    public static double[] Scaled(double factor) => [.. Steady.Select(v => v * factor)];

    public static RunDocument Document(string runId, IReadOnlyDictionary<string, double[]> samplesById, string hostId = HostId, int day = 1)
    {
        var host = new HostInfo(hostId, "6.1.0-test", "Test CPU", 2, 24L << 30, new ThpSettings("madvise", "madvise"), "kvm", "10.0.0");
        var run = new RunInfo(runId, new DateTime(2025, 1, day, 0, 0, 0, DateTimeKind.Utc), "0.1.0", $"commit-{runId}", "test");
        Measurement[] measurements = [.. samplesById.Select(p =>
            MeasurementFactory.Create(p.Key, new Dictionary<string, string>(), SampleUnit.Nanoseconds, p.Value))];
        return new RunDocument(SchemaVersion.Current, run, host, measurements);
    }

    public static string Write(string path, RunDocument document)
    {
        RunDocumentFile.WriteNew(path, document);
        return path;
    }

    public static string Write(string path, string runId, double[] samples, string hostId = HostId, int day = 1) =>
        Write(path, Document(runId, new Dictionary<string, double[]> { ["model/fork/a"] = samples }, hostId, day));

    /// <summary>The kinds of bad input every reading command must refuse.</summary>
    public static string Bad(string kind, string directory)
    {
        string path = Path.Combine(directory, $"bad-{kind}.json");
        string valid = System.Text.Encoding.UTF8.GetString(RunDocumentSerializer.Serialize(Document("bad", new Dictionary<string, double[]> { ["model/fork/a"] = Steady })));
        switch (kind)
        {
            case "missing":
                return path;
            case "corrupted":
                File.WriteAllText(path, valid[..(valid.Length / 2)]);
                return path;
            case "unknown-schema":
                File.WriteAllText(path, valid.Replace("\"schemaVersion\": 1", "\"schemaVersion\": 2"));
                return path;
            case "empty-sample":
                int start = valid.IndexOf("\"samples\": [", StringComparison.Ordinal);
                int end = valid.IndexOf(']', start);
                File.WriteAllText(path, valid[..start] + "\"samples\": [" + valid[end..]);
                return path;
            case "traversal-run-id":
                // A crafted run id that would name a folder outside results/reports.
                File.WriteAllText(path, valid.Replace("\"id\": \"bad\"", "\"id\": \"../../../somewhere/victim\""));
                return path;
            default:
                throw new ArgumentException(kind);
        }
    }

    public static TheoryData<string, string> BadInputs => new()
    {
        { "missing", "file not found" },
        { "corrupted", "corrupted JSON" },
        { "unknown-schema", "unknown schema version 2" },
        { "empty-sample", "has an empty sample" },
        { "traversal-run-id", "is not a valid run id" },
    };
}
