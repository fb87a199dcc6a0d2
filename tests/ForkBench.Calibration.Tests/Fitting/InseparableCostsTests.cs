using ForkBench.Calibration.Fitting;

namespace ForkBench.Calibration.Tests.Fitting;

public class InseparableCostsTests
{
    [Fact]
    public void Finds_a_dependence_of_three_columns_that_pairwise_merging_misses()
    {
        // Column 0 = column 1 + 100 x column 2 in every point (PTE reads =
        // PTE writes + reads per split x splits), column 3 independent.
        var random = new Random(21);
        double[][] rows = [.. Enumerable.Range(0, 12).Select(i =>
        {
            double writes = random.Next(100, 1000), splits = i % 3 == 0 ? random.Next(1, 50) : 0, other = random.Next(1, 100);
            return new[] { writes + 100 * splits, writes, splits, other };
        })];
        ColumnMerge merge = ColumnMerger.Merge(rows);
        Assert.Equal(4, merge.Groups.Count);

        double[] u = Assert.Single(InseparableCosts.Find(rows, merge));

        // Moving the costs along u changes no point's prediction...
        Assert.All(rows, r => Assert.Equal(0, r.Select((v, j) => v * u[j]).Sum(), 6));
        Assert.Equal(0, u[3]);
        Assert.All(u.Take(3), c => Assert.NotEqual(0, c));
        // ...but does change one with another mix of the three.
        Assert.True(InseparableCosts.PredictionDepends([1000, 1000, 1, 5], [u]));
        Assert.False(InseparableCosts.PredictionDepends(rows[0], [u]));
    }

    [Fact]
    public void Independent_columns_have_no_undetermined_direction()
    {
        var random = new Random(22);
        double[][] rows = [.. Enumerable.Range(0, 20).Select(_ => Synthetic.Counts(random))];

        Assert.Empty(InseparableCosts.Find(rows, ColumnMerger.Merge(rows)));
    }

    [Fact]
    public void Fewer_points_than_costs_leave_the_rest_undetermined()
    {
        double[][] rows = [[1, 2, 3], [2, 1, 5]];

        Assert.Single(InseparableCosts.Find(rows, ColumnMerger.Merge(rows)));
    }
}
