using ForkBench.Benchmarks.Pipeline;
using ForkBench.Benchmarks.Tests.Support;
using ForkBench.Calibration.Documents;
using ForkBench.Reporting.Model;
using ForkBench.Reporting.Output;
using ForkBench.Results.Documents;

namespace ForkBench.Benchmarks.Tests.Pipeline;

public class ReportCalibrationTests
{
    private static RunDocument Run() =>
        RunFiles.Document("r1", new Dictionary<string, double[]>()) with
        {
            Measurements =
            [
                MeasurementFactory.Create("model/fork-layout/v5.8/anon-4k/pin=none/rss=1gib",
                    new Dictionary<string, string> { ["variant"] = "v5.8", ["scenario"] = "anon-4k/pin=none/rss=1gib" }, SampleUnit.Nanoseconds,
                    RunFiles.Steady, new Dictionary<string, long> { ["pteReads"] = 262144 }),
            ],
        };

    private static ReportInput Input() => new(new ReportHeader("6.1.0-test", "Test CPU", 2, 24L << 30, [], "0.1.0"));

    [Fact]
    public void Without_a_calibration_the_report_prints_the_commands_that_make_one_each_pasteable_whole()
    {
        using var temp = new TempResults();
        var error = new StringWriter();
        string runPath = Path.Combine(temp.Results, "runs", "r1.json");

        var input = ReportCalibration.With(Input(), Run(), temp.Results, runPath, error);

        Assert.Null(input.Calibration);
        Assert.All(input.CalibrationAbsentNote, line => Assert.True(line.Length <= 80, line));
        // Joined at the backslash continuations, the lines hold the two full commands.
        string joined = string.Join('\n', input.CalibrationAbsentNote).Replace(" \\\n      ", " ", StringComparison.Ordinal);
        Assert.Contains($"-- calibrate --results {temp.Results}", joined, StringComparison.Ordinal);
        Assert.Contains($"-- report --from {runPath}", joined, StringComparison.Ordinal);
        Assert.Equal("", error.ToString());
    }

    [Fact]
    public void With_a_calibration_of_the_runs_host_the_section_prices_the_run()
    {
        using var temp = new TempResults();
        CalibrationFile.Write(CalibrationFile.PathFor(temp.Results, RunFiles.HostId), TestCalibration.Document(RunFiles.HostId, "6.1.0-test"));

        var input = ReportCalibration.With(Input(), Run(), temp.Results, "r1.json", new StringWriter());

        var summary = Assert.IsType<CalibrationSummary>(input.Calibration);
        Assert.Equal(["v5.8", "pte-batch-6.15"], summary.Rows.Select(r => r.Variant));
        Assert.Empty(input.CalibrationAbsentNote);
    }

    [Fact]
    public void An_unreadable_calibration_costs_the_section_with_a_warning_not_the_report()
    {
        using var temp = new TempResults();
        string path = CalibrationFile.PathFor(temp.Results, RunFiles.HostId);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, "{ not json");
        var error = new StringWriter();

        var input = ReportCalibration.With(Input(), Run(), temp.Results, "r1.json", error);

        Assert.Null(input.Calibration);
        Assert.Empty(input.CalibrationAbsentNote);
        Assert.StartsWith("warning (calibration-unreadable): ", error.ToString(), StringComparison.Ordinal);
    }
}
