using ForkBench.Results.Statistics;

namespace ForkBench.Results.Tests.Statistics;

public class ModalityCheckTests
{
    [Fact]
    public void Two_clusters_are_two_modes()
    {
        double[] samples = [.. Enumerable.Range(0, 20).Select(i => 100.0 + i % 5), .. Enumerable.Range(0, 20).Select(i => 300.0 + i % 5)];
        Assert.Equal(2, ModalityCheck.Modes(samples));
    }

    [Fact]
    public void Identical_or_too_few_samples_have_no_verdict()
    {
        Assert.Null(ModalityCheck.Modes([.. Enumerable.Repeat(3.0, 20)]));
        Assert.Null(ModalityCheck.Modes([1, 2, 3, 100, 200]));
    }
}
