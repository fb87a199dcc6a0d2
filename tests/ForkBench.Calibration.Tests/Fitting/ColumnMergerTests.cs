using ForkBench.Calibration.Fitting;

namespace ForkBench.Calibration.Tests.Fitting;

public class ColumnMergerTests
{
    [Fact]
    public void Equal_columns_merge_and_a_zero_column_is_absent()
    {
        // pages copied = allocations = lock cycles in every point, as when each copy takes one of each.
        double[][] rows = [[10, 4, 4, 0, 4], [20, 7, 7, 0, 7], [5, 0, 0, 0, 0]];

        ColumnMerge merge = ColumnMerger.Merge(rows);

        Assert.Equal(2, merge.Groups.Count);
        Assert.Equal([1, 2, 4], merge.Groups[1].Members);
        Assert.Equal(1, merge.Groups[1].Representative);
        Assert.Equal([3], merge.Absent);
        Assert.Same(merge.Groups[1], merge.GroupOf(4));
        Assert.Null(merge.GroupOf(3));
    }

    [Fact]
    public void Columns_that_differ_in_one_point_stay_apart()
    {
        double[][] rows = [[1, 2], [2, 4], [3, 6.5]];

        Assert.Equal(2, ColumnMerger.Merge(rows).Groups.Count);
    }

    [Fact]
    public void Zero_patterns_must_match_to_merge()
    {
        // Proportional where both are non-zero, but the second is zero where the first is not.
        double[][] rows = [[1, 2], [2, 0], [3, 6]];

        Assert.Equal(2, ColumnMerger.Merge(rows).Groups.Count);
    }
}
