using ForkBench.Results.Comparison;
using ForkBench.Results.Documents;
using ForkBench.Results.History;
using ForkBench.Results.Tests.Support;

namespace ForkBench.Results.Tests.History;

public class HistoryAnalyzerTests
{
    private static RunDocument Run(int index, double level, string id = "model/fork/a")
    {
        RunDocument run = TestDocuments.Run($"run{index}", [TestDocuments.Measurement(id, TestDocuments.Normal(index, 20, level, level * 0.01))]);
        DateTime time = new DateTime(2025, 1, 1, 0, 0, 0, DateTimeKind.Utc).AddDays(index);
        return run with { Run = run.Run with { TimeUtc = time, GitCommit = $"commit{index}" } };
    }

    [Fact]
    public void Finds_the_run_where_the_level_changed()
    {
        RunDocument[] runs = [.. Enumerable.Range(0, 8).Select(i => Run(i, i < 5 ? 100 : 120))];

        IdHistory history = Assert.Single(HistoryAnalyzer.Analyze(runs, ComparisonOptions.Default));

        ChangePoint change = Assert.Single(history.ChangePoints);
        Assert.Equal(5, change.Index);
        Assert.Equal(runs[5].Run.Id, change.FirstRunAfter.Id);
        Assert.Equal(runs[4].Run.Id, change.LastRunBefore.Id);
        Assert.Equal(Verdict.Slower, change.Verdict);
        Assert.InRange(change.Ratio, 1.15, 1.25);
    }

    [Fact]
    public void A_steady_series_and_a_single_odd_run_have_no_change()
    {
        RunDocument[] steady = [.. Enumerable.Range(0, 8).Select(i => Run(i, 100))];
        RunDocument[] oneOdd = [.. Enumerable.Range(0, 8).Select(i => Run(i, i == 4 ? 130 : 100))];

        Assert.Empty(Assert.Single(HistoryAnalyzer.Analyze(steady, ComparisonOptions.Default)).ChangePoints);
        Assert.Empty(Assert.Single(HistoryAnalyzer.Analyze(oneOdd, ComparisonOptions.Default)).ChangePoints);
    }

    [Fact]
    public void Text_names_the_run_and_commit_of_each_change_and_ids_with_too_few_runs()
    {
        RunDocument[] runs = [.. Enumerable.Range(0, 8).Select(i => Run(i, i < 4 ? 100 : 80)), Run(9, 50, id: "model/fork/new")];
        var writer = new StringWriter();
        HistoryTextWriter.Write(HistoryAnalyzer.Analyze(runs, ComparisonOptions.Default), runs.Length, HistoryAnalyzer.DefaultMinDistance, writer);
        string text = writer.ToString();

        Assert.Contains($"at run {runs[4].Run.Id} (commit commit4, after run {runs[3].Run.Id})", text);
        Assert.Contains("Faster", text);
        Assert.Contains("model/fork/new: 1 run(s), too few for change detection (needs 4)", text);
    }
}
