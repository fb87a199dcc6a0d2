using ForkBench.Results.Comparison;
using ForkBench.Results.Documents;
using ForkBench.Results.Tests.Support;

namespace ForkBench.Results.Tests.Comparison;

/// <summary>
/// The statistical contract of compare, checked on seeded synthetic
/// samples (never on timings of this machine): A/A is Same, a real shift
/// is found, changes inside the threshold or under the noise floor are not.
/// </summary>
public class RunComparerStatisticsTests
{
    private const string Id = "model/fork/copy-pte-range/pages=64";

    private static MeasurementComparison CompareOne(double[] baseline, double[] current, ComparisonOptions? options = null)
    {
        var before = TestDocuments.Run("base", [TestDocuments.Measurement(Id, baseline)]);
        var now = TestDocuments.Run("now", [TestDocuments.Measurement(Id, current)]);
        return Assert.Single(RunComparer.Compare(before, now, options ?? ComparisonOptions.Default).Measurements);
    }

    public static TheoryData<string> Distributions => ["normal", "lognormal", "outliers"];

    private static double[] Draw(string distribution, int seed, int count, double scale = 1)
    {
        double[] normal = TestDocuments.Normal(seed, count, 0, 1);
        var random = new Random(seed + 7919);
        return distribution switch
        {
            "normal" => [.. normal.Select(z => scale * (100 + 5 * z))],
            "lognormal" => [.. normal.Select(z => scale * 100 * Math.Exp(0.1 * z))],
            // 10% of iterations hit by an interrupt or a migration: 3x slower.
            "outliers" => [.. normal.Select(z => scale * (100 + 3 * z) * (random.NextDouble() < 0.1 ? 3 : 1))],
            _ => throw new ArgumentException(distribution),
        };
    }

    [Theory]
    [MemberData(nameof(Distributions))]
    public void A_A_comparisons_are_Same_in_at_least_95_percent_of_seeded_trials(string distribution)
    {
        const int trials = 200;
        int same = 0;
        for (int trial = 0; trial < trials; trial++)
        {
            Verdict verdict = CompareOne(Draw(distribution, 2 * trial, 30), Draw(distribution, 2 * trial + 1, 30)).Verdict;
            if (verdict == Verdict.Same)
                same++;
        }
        Assert.True(same >= 0.95 * trials, $"{distribution}: only {same} of {trials} A/A trials were Same");
    }

    [Theory]
    [MemberData(nameof(Distributions))]
    public void A_10_percent_shift_with_enough_samples_is_Slower_and_the_reverse_Faster(string distribution)
    {
        for (int seed = 0; seed < 10; seed++)
        {
            double[] baseline = Draw(distribution, 1000 + 2 * seed, 100);
            double[] slower = Draw(distribution, 1001 + 2 * seed, 100, scale: 1.10);

            MeasurementComparison up = CompareOne(baseline, slower);
            Assert.Equal(Verdict.Slower, up.Verdict);
            Assert.InRange(up.Ratio!.Value, 1.05, 1.15);
            Assert.Equal(Verdict.Faster, CompareOne(slower, baseline).Verdict);
        }
    }

    [Fact]
    public void A_significant_change_inside_the_threshold_is_Same()
    {
        double[] baseline = Draw("normal", 1, 500);
        double[] current = Draw("normal", 2, 500, scale: 1.02);

        MeasurementComparison comparison = CompareOne(baseline, current);
        Assert.Equal(Verdict.Same, comparison.Verdict);
        Assert.True(comparison.RatioLower > 1.0, "the 2% change itself is measurable");
    }

    [Fact]
    public void A_change_below_the_noise_floor_is_Same_and_counts_without_it()
    {
        double[] baseline = [.. Draw("normal", 3, 100).Select(v => v / 50)];  // about 2 ns
        double[] current = [.. Draw("normal", 4, 100).Select(v => v / 50 * 1.2)]; // 20% slower: 0.4 ns

        Assert.Equal(Verdict.Same, CompareOne(baseline, current).Verdict);
        var noFloor = new ComparisonOptions(new EquivalenceThreshold(5, 0));
        Assert.Equal(Verdict.Slower, CompareOne(baseline, current, noFloor).Verdict);
    }

    [Fact]
    public void The_ratio_interval_covers_the_true_ratio_at_about_its_level()
    {
        const int trials = 200;
        int covered = 0;
        for (int trial = 0; trial < trials; trial++)
        {
            MeasurementComparison c = CompareOne(Draw("lognormal", 5000 + 2 * trial, 25), Draw("lognormal", 5001 + 2 * trial, 25, scale: 1.1));
            if (c.RatioLower <= 1.1 && 1.1 <= c.RatioUpper)
                covered++;
        }
        Assert.InRange(covered, (int)(0.90 * trials), trials);
    }

    [Fact]
    public void One_sample_each_is_Unknown_and_three_each_has_no_95_percent_interval()
    {
        Assert.Equal(Verdict.Unknown, CompareOne([10.0], [11.0]).Verdict);
        MeasurementComparison tiny = CompareOne([10.0, 10.5, 9.8], [10.1, 10.4, 9.9]);
        Assert.NotNull(tiny.Ratio);
        Assert.Null(tiny.RatioLower);
    }

    [Fact]
    public void A_bimodal_sample_is_flagged()
    {
        double[] unimodal = Draw("normal", 11, 200);
        double[] bimodal = [.. Draw("normal", 12, 200).Select((v, i) => i % 2 == 0 ? v : v + 60)];

        MeasurementComparison c = CompareOne(unimodal, bimodal);
        Assert.False(c.BaselineMultimodal);
        Assert.True(c.CurrentMultimodal);
    }

    [Fact]
    public void Non_positive_samples_have_no_ratio_but_still_a_verdict()
    {
        MeasurementComparison c = CompareOne([0.0, 0.01, -0.01, 0.02], [0.0, 0.01, -0.02, 0.01]);
        Assert.Null(c.Ratio);
        Assert.Equal(Verdict.Same, c.Verdict);
    }

    [Fact]
    public void Constant_samples_are_compared_without_failing()
    {
        double[] fifty = [50, 50, 50, 50, 50, 50, 50, 50];
        double[] sixty = [60, 60, 60, 60, 60, 60, 60, 60];

        MeasurementComparison same = CompareOne(fifty, fifty);
        Assert.Equal(Verdict.Same, same.Verdict);
        Assert.Equal(1.0, same.Ratio);
        Assert.False(same.IsMultimodal);
        Assert.Equal(Verdict.Slower, CompareOne(fifty, sixty).Verdict);
    }
}
