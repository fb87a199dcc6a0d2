using ForkBench.Calibration.Fitting;

namespace ForkBench.Calibration.Tests.Fitting;

public class CostColumnTests
{
    [Fact]
    public void A_pte_read_column_leaves_out_the_batch_compares_that_have_a_column_of_their_own()
    {
        var counts = new Dictionary<string, long> { ["pteReads"] = 1 + 2 * 512 + 130816, ["pteBatchCompares"] = 130816, ["sleepingAllocations"] = 3, ["atomicAllocations"] = 4 };

        Assert.Equal(1 + 2 * 512, CostColumn.PteReads.Of(counts));
        Assert.Equal(130816, CostColumn.PteBatchCompares.Of(counts));
        Assert.Equal(7, CostColumn.Allocations.Of(counts));
        // Every counted read lands in exactly one of the two read columns.
        Assert.Equal(counts["pteReads"], CostColumn.PteReads.Of(counts) + CostColumn.PteBatchCompares.Of(counts));
    }
}
