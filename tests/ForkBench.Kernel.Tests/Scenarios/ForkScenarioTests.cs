using ForkBench.Kernel.Fork;
using ForkBench.Kernel.Scenarios;

namespace ForkBench.Kernel.Tests.Scenarios;

public class ForkScenarioTests
{
    [Theory]
    [InlineData("64MiB", 64L << 20)]
    [InlineData("1GiB", 1L << 30)]
    [InlineData("512K", 512L << 10)]
    [InlineData("4096", 4096L)]
    public void SizesParseAndFormat(string text, long bytes)
    {
        Assert.Equal(bytes, SizeText.Parse(text));
        Assert.Equal(bytes, SizeText.Parse(SizeText.Format(bytes)));
    }

    [Theory]
    [InlineData("")]
    [InlineData("-1MiB")]
    [InlineData("lots")]
    [InlineData("1.5GiB")]
    public void BadSizesAreRejected(string text) => Assert.Throws<FormatException>(() => SizeText.Parse(text));

    [Theory]
    [InlineData("0", 0)]
    [InlineData("all", 1)]
    [InlineData("1/64", 64)]
    [InlineData("1-1024", 1024)]
    public void PinnedSharesParse(string text, int divisor) => Assert.Equal(divisor, PinnedShare.Parse(text).Divisor);

    [Theory]
    [InlineData("1/1")]
    [InlineData("half")]
    public void BadPinnedSharesAreRejected(string text) => Assert.Throws<FormatException>(() => PinnedShare.Parse(text));

    [Fact]
    public void OneIn64PinsTheFirstSixtyFourthOfTheBuffer()
    {
        var scenario = new ForkScenario { SizeBytes = 8L << 20, Pinned = PinnedShare.OneIn64 };
        using var instance = scenario.Build(CopyVariant.Merged5_10);
        var pin = Assert.Single(instance.Machine.Pins);
        Assert.Equal(2048 / 64, pin.Frames.Count);
        Assert.Equal(instance.Start, pin.Address);
        Assert.Equal(2048 / 64, instance.CountFork().PagesCopied);
        Assert.True(instance.Child.IsEmpty);
        Assert.Empty(instance.Machine.CheckInvariants());
    }

    [Fact]
    public void StickyScenarioHoldsNoPinButKeepsTheState()
    {
        var scenario = new ForkScenario { SizeBytes = 4L << 20, Pinned = PinnedShare.All, UnpinBeforeFork = true };
        using var instance = scenario.Build(CopyVariant.MmfHasPinned5_14);
        Assert.Empty(instance.Machine.Pins);
        Assert.True(instance.Parent.HasPinnedSticky);
        Assert.Equal(0, instance.CountFork().PagesCopied);
    }

    [Fact]
    public void IdsNameEveryAxisThatIsSet()
    {
        var scenario = new ForkScenario
        {
            SizeBytes = 1L << 30, Layout = PageLayout.ThpPmd, Pinned = PinnedShare.OneIn64,
            UnpinBeforeFork = true, FalsePositiveDivisor = 64,
        };
        Assert.Equal("anon-thp/rss=1GiB/pinned=1-64/sticky/false-positives=1-64", scenario.Id);
        Assert.Equal("anon-4k/rss=64MiB/pinned=0", new ForkScenario().Id);
    }

    [Fact]
    public void FourGiBModelFitsInAHundredMiB()
    {
        var scenario = new ForkScenario { SizeBytes = 4L << 30 };
        using var instance = scenario.Build(CopyVariant.V5_8);
        Assert.True(instance.Machine.ModelBytes <= 100L << 20, $"model holds {instance.Machine.ModelBytes >> 20} MiB");
    }
}
