using ForkBench.Benchmarks.Pipeline;

namespace ForkBench.Benchmarks.Tests.Pipeline;

public class RunProgressTests
{
    [Fact]
    public void Off_a_terminal_a_phase_is_a_line_and_each_tenth_another()
    {
        var error = new StringWriter { NewLine = "\n" };
        var progress = new RunProgress(error, live: false);

        progress.Phase("model suite", 169);
        for (int done = 0; done <= 169; done++)
            progress.Step(done, $"case {done}");
        progress.Note("native: warning: busy");

        string[] lines = error.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Contains("model suite (169 steps)", lines[0]);
        Assert.Equal(9, lines.Count(l => l.Contains("model suite ", StringComparison.Ordinal) && l.Contains("% ", StringComparison.Ordinal)));
        Assert.Contains(lines, l => l.Contains("model suite 50% 85/169", StringComparison.Ordinal));
        Assert.Equal("native: warning: busy", lines[^1]);
        Assert.True(lines.Length <= 11, string.Join("\n", lines));
    }

    [Fact]
    public void On_a_terminal_it_is_one_line_redrawn_with_the_current_case()
    {
        var error = new StringWriter();
        var progress = new RunProgress(error, live: true);

        progress.Phase("native sweep", 4);
        progress.Step(1, "native/fork/anon-4k/pin=all/rss=64mib measuring", TimeSpan.FromSeconds(90));
        progress.Note("a warning");
        progress.Step(2, "native/fork/anon-4k/pin=all/rss=256mib measuring");
        progress.Done();

        string text = error.ToString();
        Assert.Contains("\r[", text);
        Assert.Contains("native sweep 25% 1/4, about 1:30 left: native/fork/anon-4k/pin=all/rss=64mib measuring", text);
        Assert.Contains("a warning\n", text.ReplaceLineEndings("\n"));
        Assert.EndsWith("\r", text);
    }

    [Theory]
    [InlineData("ForkLayoutBenchmarks.Fork1GiB: quick(EvaluateOverhead=False, IterationCount=3) [Variant=v5.8, Layout=4k]", "ForkLayoutBenchmarks.Fork1GiB [Variant=v5.8, Layout=4k]")]
    [InlineData("PhysicalFloorBenchmarks.Floor64MiB: quick(IterationCount=20)", "PhysicalFloorBenchmarks.Floor64MiB")]
    public void BenchmarkDotNet_case_lines_read_as_case_names(string line, string name) =>
        Assert.Equal(name, BenchmarkLogWriter.CaseName(line));

    [Fact]
    public void The_log_gets_every_line_and_progress_only_the_markers()
    {
        var log = new StringWriter();
        var started = new List<string>();
        int finished = 0;
        var writer = new BenchmarkLogWriter(log, started.Add, () => finished++);

        writer.Write("// Benchmark: A.B: quick(x) [P=1]\nsome table\n// ** Remained 1 (50.0 %) benchmark(s) to run. **\n");

        Assert.Equal(["A.B [P=1]"], started);
        Assert.Equal(1, finished);
        Assert.Contains("some table", log.ToString());
    }
}
