using ForkBench.Benchmarks.Cli;
using ForkBench.Benchmarks.Tests.Support;
using ForkBench.Results.Documents;
using ForkBench.Results.Serialization;

namespace ForkBench.Benchmarks.Tests.Cli;

public sealed class ImportCommandTests : IDisposable
{
    private readonly TempResults _temp = new();

    public void Dispose() => _temp.Dispose();

    private static string Report => Path.Combine(AppContext.BaseDirectory, "Fixtures", "benchmarkdotnet", "CopyBench-report-full-compressed.json");

    [Fact]
    public void Writes_one_run_document_into_results_runs()
    {
        var result = Support.Cli.Run("import", Report, "--results", _temp.Results);

        Assert.Equal(ExitCodes.Success, result.ExitCode);
        string file = Assert.Single(Directory.GetFiles(Path.Combine(_temp.Results, "runs")));
        RunDocument run = RunDocumentFile.Read(file);
        Assert.Equal(Path.GetFileNameWithoutExtension(file), run.Run.Id);
        Assert.Equal("benchmarkdotnet", run.Run.Source);
        Assert.Equal(["model/copy-bench/copy-pte-range/kind=anon-4k/pages=64", "model/copy-bench/copy-pte-range/kind=anon-4k/pages=512"],
            run.Measurements.Select(m => m.Id));
        Assert.Contains("2 measurement(s) from 1 report(s)", result.Output);
    }

    [Fact]
    public void A_directory_means_its_full_reports()
    {
        string directory = Path.Combine(_temp.Scratch, "artifacts");
        Directory.CreateDirectory(directory);
        File.Copy(Report, Path.Combine(directory, "CopyBench-report-full-compressed.json"));
        File.Copy(Report, Path.Combine(directory, "CopyBench-report-full.json"));
        File.WriteAllText(Path.Combine(directory, "CopyBench-report.csv"), "not json");

        var result = Support.Cli.Run("import", directory, "--out", _temp.ScratchFile("run.json"));

        Assert.Equal(ExitCodes.Success, result.ExitCode);
        Assert.Equal(2, RunDocumentFile.Read(_temp.ScratchFile("run.json")).Measurements.Count);
    }

    [Theory]
    [InlineData("missing", "no such file or directory")]
    [InlineData("corrupted", "not a BenchmarkDotNet JSON report")]
    [InlineData("brief", "has no raw 'Measurements'")]
    [InlineData("empty-directory", "no BenchmarkDotNet full JSON report")]
    public void Bad_reports_are_one_line_exit_2_and_nothing_written(string kind, string message)
    {
        string path = _temp.ScratchFile(kind);
        switch (kind)
        {
            case "corrupted":
                File.WriteAllText(path, File.ReadAllText(Report)[..500]);
                break;
            case "brief":
                File.WriteAllText(path, """{"Benchmarks":[{"Type":"T","Method":"M","Statistics":{}}]}""");
                break;
            case "empty-directory":
                Directory.CreateDirectory(path);
                break;
        }
        var before = _temp.Snapshot();

        // A good report first: nothing may be written when a later one fails.
        var result = Support.Cli.Run("import", Report, path, "--results", _temp.Results);

        Assert.Equal(ExitCodes.UsageOrDataError, result.ExitCode);
        Assert.Contains(message, Assert.Single(result.ErrorLines));
        Assert.Equal(before, _temp.Snapshot());
        Assert.False(Directory.Exists(_temp.Results));
    }

    [Fact]
    public void Out_never_replaces_an_existing_file()
    {
        File.WriteAllText(_temp.ScratchFile("taken.json"), "keep");

        var result = Support.Cli.Run("import", Report, "--out", _temp.ScratchFile("taken.json"));

        Assert.Equal(ExitCodes.UsageOrDataError, result.ExitCode);
        Assert.Single(result.ErrorLines);
        Assert.Equal("keep", File.ReadAllText(_temp.ScratchFile("taken.json")));
    }

    [Fact]
    public void Without_a_path_it_reads_the_newest_model_run_and_its_results_subfolder()
    {
        // The layout the model command writes: results/runs/model-<time>/results/*-report-full*.json.
        string runs = Path.Combine(_temp.Results, "runs");
        foreach (string stamp in (string[])["model-20250101-000000", "model-20250102-000000"])
        {
            string folder = Path.Combine(runs, stamp, "results");
            Directory.CreateDirectory(folder);
            File.Copy(Report, Path.Combine(folder, "CopyBench-report-full-compressed.json"));
        }
        Assert.Equal(Path.Combine(runs, "model-20250102-000000"), ImportCommand.DefaultSource(_temp.Results));

        var result = Support.Cli.Run("import", "--results", _temp.Results);

        Assert.Equal(ExitCodes.Success, result.ExitCode);
        Assert.Contains("2 measurement(s) from 1 report(s)", result.Output);
    }
}
