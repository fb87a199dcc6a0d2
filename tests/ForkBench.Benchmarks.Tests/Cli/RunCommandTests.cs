using ForkBench.Benchmarks.Cli;
using ForkBench.Benchmarks.Pipeline;
using ForkBench.Benchmarks.Tests.Support;
using ForkBench.Results.Serialization;
using Xunit.Abstractions;

namespace ForkBench.Benchmarks.Tests.Cli;

/// <summary>The default run refuses, before measuring, what it could not save, and says where results go.</summary>
public sealed class RunCommandTests(ITestOutputHelper log) : IDisposable
{
    private readonly TempResults _temp = new();

    public void Dispose() => _temp.Dispose();

    [Fact]
    public void A_read_only_results_folder_is_refused_before_anything_is_measured()
    {
        using var readOnly = new ReadOnlyFolder();
        if (!readOnly.Usable(log))
            return;
        string results = Path.Combine(readOnly.Path, "results");

        var result = Support.Cli.Run("run", "--skip-model", "--results", results);

        Assert.Equal(ExitCodes.UsageOrDataError, result.ExitCode);
        Assert.StartsWith($"results:    {results}", result.Output);
        string line = Assert.Single(result.ErrorLines);
        Assert.Contains("cannot be written", line);
        Assert.Contains("nothing was measured", line);
        Assert.DoesNotContain("   at ", result.Error);
    }

    [Fact]
    public void A_run_document_that_cannot_go_where_asked_is_saved_in_the_temporary_folder()
    {
        using var readOnly = new ReadOnlyFolder();
        if (!readOnly.Usable(log))
            return;
        var run = RunFiles.Document($"fallback-{Guid.NewGuid():N}", new Dictionary<string, double[]> { ["model/fork/a"] = RunFiles.Steady });

        SavedRun saved = RunDocumentFile.WriteWithFallback(Path.Combine(readOnly.Path, "runs", run.Run.Id + ".json"), run);

        try
        {
            Assert.True(saved.IsFallback);
            Assert.StartsWith(Path.GetTempPath(), saved.Path);
            Assert.Contains("cannot be written", saved.PrimaryFailure);
            Assert.Equal(run.Run.Id, RunDocumentFile.Read(saved.Path).Run.Id);
        }
        finally
        {
            File.Delete(saved.Path);
        }
    }

    [Fact]
    public void The_first_line_says_where_results_go_and_outside_a_repository_says_so()
    {
        string results = Path.Combine(_temp.Scratch, "elsewhere", "results");
        using var cancelled = new CancellationTokenSource();
        cancelled.Cancel();
        var output = new StringWriter();
        var error = new StringWriter();

        int code = new RunPipeline(output, error).Run(runModel: false, runNative: true, results, cancelled.Token);

        Assert.StartsWith($"results:    {results}  (no ForkBench.sln above", output.ToString());
        Assert.Equal(ExitCodes.Interrupted, code);
        Assert.Contains("interrupted before anything was measured", error.ToString());
        Assert.Empty(Directory.GetFiles(Path.Combine(results, "runs")));
    }

    [Fact]
    public void Unknown_options_are_one_line_and_exit_2()
    {
        var result = Support.Cli.Run("run", "--frobnicate");
        Assert.Equal(ExitCodes.UsageOrDataError, result.ExitCode);
        Assert.Contains("unknown option --frobnicate", Assert.Single(result.ErrorLines));
    }
}
