using ForkBench.Results.Baselines;
using ForkBench.Results.Comparison;
using ForkBench.Results.Documents;
using ForkBench.Results.Statistics;
using ForkBench.Results.Tests.Support;

namespace ForkBench.Results.Tests.Comparison;

/// <summary>
/// A baseline pooled from several runs: a change must be beyond how far
/// unchanged runs of the id move before it is Slower or Faster.
/// </summary>
public class ReplicatedComparisonTests
{
    /// <summary>Ten tight samples (+-0.5%) around <paramref name="level"/>.</summary>
    private static double[] Tight(int seed, double level) => TestDocuments.Normal(seed, 10, level, level * 0.005);

    private static RunDocument Run(string id, int minute, IEnumerable<(string Id, double Level)> levels, int seed) =>
        TestDocuments.Run(id, [.. levels.Select((l, i) => TestDocuments.Measurement(l.Id, Tight(seed * 100 + i, l.Level)))]) with
        {
            Run = TestDocuments.Run(id, []).Run with { TimeUtc = new DateTime(2026, 1, 1, 0, minute, 0, DateTimeKind.Utc) },
        };

    /// <summary>Three baseline runs whose levels move by the given factors (run-to-run noise), for ids "f/x/0".. in one family.</summary>
    private static RunDocument Baseline(int ids, params double[] runFactors) =>
        ReplicatedRun.Merge([.. runFactors.Select((factor, r) =>
            Run($"b{r}", r, Enumerable.Range(0, ids).Select(i => ($"f/x/{i}", 100.0 * factor)), seed: r + 1))]);

    [Fact]
    public void A_change_the_samples_show_but_unchanged_runs_also_show_is_Unknown_not_Slower()
    {
        RunDocument baseline = Baseline(1, 0.96, 1.00, 1.04);
        RunDocument current = Run("c", 9, [("f/x/0", 112.0)], seed: 9);

        MeasurementComparison m = Assert.Single(RunComparer.Compare(baseline, current, ComparisonOptions.Default).Measurements);

        Assert.Equal(Verdict.Slower, m.SampleVerdict);
        Assert.Equal(Verdict.Unknown, m.Verdict);
        Assert.NotNull(m.RunNoise);
        Assert.Equal(3, m.RunNoise.BaselineRuns);
        Assert.True(m.RunNoise.Limit > 0.12, $"limit {m.RunNoise.Limit}");
        Assert.Equal("slower in the samples, within run-to-run noise", ComparisonTextWriter.UnknownReason(m));
    }

    [Fact]
    public void A_change_beyond_the_run_to_run_noise_is_Slower_and_a_regression()
    {
        RunDocument baseline = Baseline(1, 0.99, 1.00, 1.01);
        RunDocument current = Run("c", 9, [("f/x/0", 200.0)], seed: 9);

        RunComparison comparison = RunComparer.Compare(baseline, current, ComparisonOptions.Default);

        Assert.Equal(Verdict.Slower, Assert.Single(comparison.Measurements).Verdict);
        Assert.True(comparison.IsRegression);
        Assert.DoesNotContain(comparison.Warnings, w => w.Code == "single-run-baseline");
    }

    [Fact]
    public void The_family_moderates_a_rough_three_run_estimate()
    {
        // One id alone: its own variance with 2 degrees of freedom (t = 9.9).
        RunDocument alone = Baseline(1, 0.99, 1.00, 1.01);
        // Twenty ids of one family moving the same way: the family's variance
        // adds 4 degrees of freedom, so the limit is far narrower.
        RunDocument family = Baseline(20, 0.99, 1.00, 1.01);
        RunDocument current = Run("c", 9, Enumerable.Range(0, 20).Select(i => ($"f/x/{i}", 100.0)), seed: 9);

        double aloneLimit = RunToRunNoise.From(alone).For(alone.Find("f/x/0")!, current.Find("f/x/0")!)!.Limit;
        double familyLimit = RunToRunNoise.From(family).For(family.Find("f/x/0")!, current.Find("f/x/0")!)!.Limit;

        Assert.True(familyLimit < aloneLimit * 0.6, $"family {familyLimit}, alone {aloneLimit}");
    }

    [Fact]
    public void An_id_is_moderated_toward_its_family_at_its_own_size()
    {
        // Five steady 1 GiB ids (+-1% between runs) and five noisy 64 MiB
        // ones (+-10%) of one family.
        double[] steady = [0.99, 1.00, 1.01], noisy = [0.90, 1.00, 1.10];
        RunDocument Baseline(Func<int, string, string> name) => ReplicatedRun.Merge([.. Enumerable.Range(0, 3).Select(r =>
            Run($"b{r}", r, Enumerable.Range(0, 5).SelectMany(i => (IEnumerable<(string, double)>)
                [(name(i, "1gib"), 100.0 * steady[r]), (name(i, "64mib"), 100.0 * noisy[r])]), seed: r + 1))]);
        RunDocument sized = Baseline((i, size) => $"f/x/{size}-{i}/rss={size}");
        RunDocument unsized = Baseline((i, size) => $"f/x/{size}-{i}");
        RunDocument current = Run("c", 9, [("f/x/1gib-0/rss=1gib", 100.0), ("f/x/1gib-0", 100.0)], seed: 9);

        double Limit(RunDocument baseline, string id) => RunToRunNoise.From(baseline).For(baseline.Find(id)!, current.Find(id)!)!.Limit;

        Assert.Equal("f/x rss=1gib", RunToRunNoise.SizeGroupOf("f/x/1gib-0/rss=1gib"));
        Assert.Null(RunToRunNoise.SizeGroupOf("f/x/1gib-0"));
        // Without sizes the family's median variance is a noisy id's (ties
        // at five and five go to the midpoint): the steady id gets a limit
        // several times its own noise.
        Assert.True(Limit(sized, "f/x/1gib-0/rss=1gib") < 0.3 * Limit(unsized, "f/x/1gib-0"),
            $"sized {Limit(sized, "f/x/1gib-0/rss=1gib")}, unsized {Limit(unsized, "f/x/1gib-0")}");
    }

    [Fact]
    public void A_quantity_whose_samples_straddle_zero_is_compared_on_the_absolute_scale_and_a_small_shift_is_not_a_change()
    {
        // A family of steady ids (so the family's typical variance of logs
        // is small), and one id near zero whose run medians happen to be
        // positive: 3, 4 and 5 with samples from -20 to +20. On the log scale
        // 5 -> 12 would look like +140% beyond the family's limit.
        static double[] Straddling(int seed, double level) => TestDocuments.Normal(seed, 10, level, 10);
        RunDocument Near(string id, int minute, double level, int seed) =>
            TestDocuments.Run(id, [.. Enumerable.Range(0, 10).Select(i => TestDocuments.Measurement($"f/x/{i}", Tight(seed * 100 + i, 100))),
                TestDocuments.Measurement("f/x/near-zero", Straddling(seed, level))]) with
            {
                Run = TestDocuments.Run(id, []).Run with { TimeUtc = new DateTime(2026, 1, 1, 0, minute, 0, DateTimeKind.Utc) },
            };
        RunDocument baseline = ReplicatedRun.Merge([Near("b0", 0, 3, 1), Near("b1", 1, 4, 2), Near("b2", 2, 5, 3)]);
        RunDocument current = Near("c", 9, 12, 9);

        MeasurementComparison m = RunComparer.Compare(baseline, current, ComparisonOptions.Default).Measurements.Single(m => m.Id == "f/x/near-zero");

        // Every run median is positive: the log scale would be open to it.
        Assert.All(baseline.Find("f/x/near-zero")!.RunGroups(), group => Assert.True(SampleQuantile.Median(group) > 0));
        Assert.NotNull(m.RunNoise);
        Assert.False(m.RunNoise.IsRelative);
        Assert.Equal(Verdict.Unknown, m.Verdict);
    }

    [Fact]
    public void An_unchanged_run_against_a_replicated_baseline_flags_nothing()
    {
        RunDocument baseline = Baseline(30, 0.98, 1.00, 1.02);
        RunDocument current = Run("c", 9, Enumerable.Range(0, 30).Select(i => ($"f/x/{i}", 101.0)), seed: 9);

        RunComparison comparison = RunComparer.Compare(baseline, current, ComparisonOptions.Default);

        Assert.Equal(0, comparison.CountOf(Verdict.Slower) + comparison.CountOf(Verdict.Faster));
        Assert.False(comparison.IsRegression);
    }

    [Fact]
    public void A_one_run_baseline_is_warned_about()
    {
        RunDocument baseline = Run("b", 1, [("f/x/0", 100.0)], seed: 1);
        RunDocument current = Run("c", 2, [("f/x/0", 100.0)], seed: 2);

        RunComparison comparison = RunComparer.Compare(baseline, current, ComparisonOptions.Default);

        Assert.Null(Assert.Single(comparison.Measurements).RunNoise);
        ComparisonWarning warning = Assert.Single(comparison.Warnings, w => w.Code == "single-run-baseline");
        Assert.Contains("baseline update --from", warning.Hint);
    }

    [Fact]
    public void A_risen_exact_count_is_a_regression_whatever_the_timing_says()
    {
        var counts = new Dictionary<string, long> { ["copies"] = 0 };
        var more = new Dictionary<string, long> { ["copies"] = 262144 };
        double[] samples = Tight(1, 100);
        RunDocument baseline = TestDocuments.Run("b", [TestDocuments.Measurement("model/x/a", samples, counts)]);
        RunDocument rose = TestDocuments.Run("c", [TestDocuments.Measurement("model/x/a", samples, more)]);
        RunDocument fell = TestDocuments.Run("c", [TestDocuments.Measurement("model/x/a", samples, counts)]);

        RunComparison up = RunComparer.Compare(baseline, rose, ComparisonOptions.Default);
        RunComparison down = RunComparer.Compare(TestDocuments.Run("b", [TestDocuments.Measurement("model/x/a", samples, more)]), fell, ComparisonOptions.Default);

        Assert.Equal(Verdict.Same, Assert.Single(up.Measurements).Verdict);
        Assert.True(up.HasCountIncrease);
        Assert.True(up.IsRegression);
        Assert.False(up.HasRegression);
        Assert.False(down.IsRegression);
        var text = new StringWriter();
        ComparisonTextWriter.Write(up, text);
        Assert.Contains("Exact counts changed (certain: the model does different work) (1):", text.ToString());
        Assert.Contains("model/x/a: copies 0 -> 262144", text.ToString());
        Assert.Contains("Result: REGRESSION", text.ToString());
    }
}
