using ForkBench.Calibration.Fitting;

namespace ForkBench.Calibration.Tests.Fitting;

public class RelativeCostFitterTests
{
    [Fact]
    public void Recovers_known_costs_exactly_without_noise()
    {
        var random = new Random(1);
        double[][] features = [.. Enumerable.Range(0, 20).Select(_ => Synthetic.Counts(random))];
        double[] measured = [.. features.Select(Synthetic.Cost)];

        CostFit fit = RelativeCostFitter.Fit(features, measured);

        Assert.Equal(CostColumn.All.Count, fit.Merge.Groups.Count);
        for (int k = 0; k < Synthetic.Prices.Length; k++)
            Assert.True(Math.Abs(fit.CostsNs[k] / Synthetic.Prices[k] - 1) < 1e-6, $"{CostColumn.All[k].Key}: {fit.CostsNs[k]} for {Synthetic.Prices[k]}");
        Assert.All(features, f => Assert.Equal(1, fit.Predict(f) / Synthetic.Cost(f), 6));
    }

    [Fact]
    public void Recovers_known_costs_within_a_few_percent_with_two_percent_noise()
    {
        var random = new Random(2);
        double[][] features = [.. Enumerable.Range(0, 20).Select(_ => Synthetic.Counts(random))];
        double[] measured = [.. features.Select(f => Synthetic.Cost(f) * (1 + 0.02 * (2 * random.NextDouble() - 1)))];

        CostFit fit = RelativeCostFitter.Fit(features, measured);

        // Every column carries a tenth to a half of each point's cost, so 2% on
        // the points moves no cost by more than a few percent.
        for (int k = 0; k < Synthetic.Prices.Length; k++)
            Assert.True(Math.Abs(fit.CostsNs[k] / Synthetic.Prices[k] - 1) < 0.06, $"{CostColumn.All[k].Key}: {fit.CostsNs[k]} for {Synthetic.Prices[k]}");
        Assert.All(features.Zip(measured), p => Assert.True(Math.Abs(fit.Predict(p.First) / p.Second - 1) < 0.03));
    }

    [Fact]
    public void Minimises_relative_not_absolute_error()
    {
        // One column, two points a thousand times apart, each off by +10% /
        // -10%: the relative fit splits the difference (1.0 within rounding);
        // an absolute fit would follow the big point alone (0.9).
        double[][] features = [[1], [1000]];
        double[] measured = [1.1, 900];

        CostFit fit = RelativeCostFitter.Fit(features, measured);

        double relativeOptimum = (1.1 / 1.1 / 1.1 + 1000 / 900.0 * 1) / (1 / 1.1 / 1.1 + 1000 * 1000 / 900.0 / 900.0);
        Assert.Equal(relativeOptimum, fit.CostsNs[0], 12);
        Assert.InRange(fit.CostsNs[0], 0.95, 1.05);
    }

    [Fact]
    public void A_column_that_would_go_negative_is_held_at_zero()
    {
        // The second column only explains a shortfall: unconstrained it would be negative.
        double[][] features = [[100, 0], [200, 10], [300, 20], [400, 30]];
        double[] measured = [100, 190, 280, 370];

        CostFit fit = RelativeCostFitter.Fit(features, measured);

        Assert.Equal(0, fit.CostsNs[1]);
        Assert.True(fit.CostsNs[0] > 0);
    }

    [Fact]
    public void Collinear_columns_get_one_cost_on_the_first_of_them()
    {
        var random = new Random(3);
        // Columns: a, 2a (collinear), zero (absent), b.
        double[][] features = [.. Enumerable.Range(0, 10).Select(_ =>
        {
            double a = random.Next(1, 1000), b = random.Next(1, 1000);
            return new[] { a, 2 * a, 0, b };
        })];
        double[] measured = [.. features.Select(f => 5 * f[0] + 1 * f[1] + 3 * f[3])];

        CostFit fit = RelativeCostFitter.Fit(features, measured);

        ColumnGroup merged = Assert.Single(fit.Merge.Groups, g => g.IsMerged);
        Assert.Equal([0, 1], merged.Members);
        Assert.Equal([1.0, 2.0], merged.Ratios);
        Assert.Equal([2], fit.Merge.Absent);
        Assert.Equal(7, fit.CostsNs[0], 9); // 5 + 2 x 1 per unit of the first
        Assert.Equal(0, fit.CostsNs[1]);
        Assert.Equal(0, fit.CostsNs[2]);
        Assert.Equal(3, fit.CostsNs[3], 9);
        Assert.All(features.Zip(measured), p => Assert.Equal(p.Second, fit.Predict(p.First), 6));
    }
}
