using System.Text;
using ForkBench.Calibration.Documents;
using ForkBench.Calibration.Fitting;
using ForkBench.Results;

namespace ForkBench.Calibration.Tests.Documents;

public sealed class CalibrationFileTests : IDisposable
{
    private readonly string _directory = Directory.CreateTempSubdirectory("forkbench-calibration-").FullName;

    public void Dispose() => Directory.Delete(_directory, recursive: true);

    public static CalibrationDocument Sample() => new(
        CalibrationDocument.CurrentSchemaVersion, "test-cpu-2c-24g-k6.18-vm-00000000", "6.18.44-fc-v657", "pte-batch-6.15",
        "kernel 6.18 -> pte-batch-6.15", ["20261130T085137Z-053bfbaf"], new DateTime(2026, 11, 30, 9, 30, 0, DateTimeKind.Utc), 200, 1,
        [
            new FittedCost("pte-reads", 14.2, 12.5, 16.125),
            new FittedCost("pte-batch-compares", 4.5, 3.5, 5.5),
            new FittedCost("pte-writes", 0, 0, 1.5),
            new FittedCost("locked-rmws", 20, 18, 22),
            new FittedCost("struct-page-lines", 8, 7, 9),
            new FittedCost("pages-copied", 1500, 1400, 1600),
            new FittedCost("lock-cycles", 0, 0, 0, "pages-copied", 1),
            new FittedCost("allocations", 0, 0, 0, "pages-copied", 1),
            new FittedCost("page-table-allocations", 250, 100, 300),
            new FittedCost("pmd-splits", 0, 0, 0, Exercised: false),
        ],
        [new Dictionary<string, double> { ["pte-reads"] = 1, ["pte-writes"] = -1 }],
        [new PointFit("anon-4k/pin=all/rss=64mib", 20, 37.6e6, 36.1e6)],
        [new ExcludedPoint("native/vfork-marginal/anon-4k/pin=all/rss=64mib", "no model twin: vfork")],
        [
            new HeldOutCheck(HeldOutNames.EachFamily, "each family", [new PointFit("anon-4k/pin=all/rss=64mib", 20, 37.6e6, 30e6)], 1e6, 20.2, 1),
            new HeldOutCheck(HeldOutNames.PinnedLargeFolios, "pinned", [], 1e6, null, 0, "no pinned THP/mTHP point measured"),
        ],
        [
            new VariantPrediction("anon-thp/pin=all/rss=1gib", "pte-batch-6.15", 797e6, false),
            new VariantPrediction("anon-thp/pin=all/rss=1gib", "v5.8", null, false, "refused"),
        ]);

    [Fact]
    public void A_calibration_round_trips_through_its_file()
    {
        CalibrationDocument original = Sample();
        string path = CalibrationFile.PathFor(_directory, original.HostId);

        CalibrationFile.Write(path, original);
        CalibrationDocument? read = CalibrationFile.TryRead(path);

        Assert.NotNull(read);
        Assert.Equal(CalibrationFile.Serialize(original), CalibrationFile.Serialize(read));
        Assert.Equal(original.TimeUtc, read.TimeUtc);
        Assert.Equal(DateTimeKind.Utc, read.TimeUtc.Kind);
        Assert.Equal(20.2, read.HeldOutMedianErrorPercent);
        Assert.Equal("pages-copied", read.Costs.Single(c => c.Column == "allocations").MergedInto);
        Assert.False(read.Costs.Single(c => c.Column == "pmd-splits").Exercised);
        var counts = new Dictionary<string, long> { ["pteReads"] = 1000, ["pagesCopied"] = 10, ["sleepingAllocations"] = 10, ["lockCycles"] = 10 };
        Assert.Equal(original.PredictNs(counts), read.PredictNs(counts));
        Assert.Equal(1000 * 14.2 + 10 * 1500, read.PredictNs(counts), 6);
        Assert.Equal(["pte-reads", "pte-writes"], read.InseparableColumns);
        Assert.Equal([Path.GetFileName(path)], Directory.GetFiles(Path.GetDirectoryName(path)!).Select(Path.GetFileName));
    }

    [Fact]
    public void The_file_is_named_by_the_host_under_results_calibration()
    {
        Assert.Equal(Path.Combine(_directory, "calibration", "h-1.json"), CalibrationFile.PathFor(_directory, "h-1"));
        Assert.Throws<ResultsDataException>(() => CalibrationFile.PathFor(_directory, "../x"));
    }

    [Fact]
    public void A_missing_file_reads_as_none()
    {
        Assert.Null(CalibrationFile.TryRead(Path.Combine(_directory, "calibration", "absent.json")));
    }

    [Fact]
    public void A_file_of_an_older_schema_reads_as_none_so_it_is_made_again()
    {
        string json = Encoding.UTF8.GetString(CalibrationFile.Serialize(Sample()));
        string older = Path.Combine(_directory, "older.json");
        File.WriteAllText(older, json.Replace($"\"schemaVersion\": {CalibrationDocument.CurrentSchemaVersion}", "\"schemaVersion\": 1", StringComparison.Ordinal));

        Assert.Null(CalibrationFile.TryRead(older));
    }

    [Fact]
    public void Bad_files_are_one_line_data_errors()
    {
        string json = Encoding.UTF8.GetString(CalibrationFile.Serialize(Sample()));
        string newer = Path.Combine(_directory, "newer.json");
        string current = $"\"schemaVersion\": {CalibrationDocument.CurrentSchemaVersion}";
        File.WriteAllText(newer, json.Replace(current, $"\"schemaVersion\": {CalibrationDocument.CurrentSchemaVersion + 1}", StringComparison.Ordinal));
        string broken = Path.Combine(_directory, "broken.json");
        File.WriteAllText(broken, json[..(json.Length / 2)]);

        Assert.Contains($"unknown calibration schema version {CalibrationDocument.CurrentSchemaVersion + 1}",
            Assert.Throws<ResultsDataException>(() => CalibrationFile.TryRead(newer)).Message);
        Assert.DoesNotContain('\n', Assert.Throws<ResultsDataException>(() => CalibrationFile.TryRead(broken)).Message);
    }

    [Fact]
    public void Every_cost_column_is_known_to_the_price_list()
    {
        Assert.Equal(CostColumn.All.Select(c => c.Key), Sample().Costs.Select(c => c.Column));
    }
}
