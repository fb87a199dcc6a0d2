using ForkBench.Native.Memory;

namespace ForkBench.Native.Tests.Memory;

/// <summary>The page_reporting_order knob: held off above the largest buddy order, written back after; an absent knob or one already off is left alone.</summary>
public sealed class FreePageReportingHoldTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("forkbench-reporting-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    private string Knob(string content)
    {
        string path = Path.Combine(_folder, "page_reporting_order");
        File.WriteAllText(path, content);
        return path;
    }

    [Fact]
    public void Reporting_is_held_off_above_the_largest_order_and_the_order_is_written_back()
    {
        string knob = Knob("9\n");

        using (FreePageReportingHold hold = FreePageReportingHold.Start(knob))
        {
            Assert.Equal("11", File.ReadAllText(knob).Trim());
            Assert.Equal("held off for the run (order 9)", hold.State);
            Assert.Null(hold.Warning);
        }

        Assert.Equal("9", File.ReadAllText(knob).Trim());
    }

    /// <summary>Reporting already off is left as it is, and observing (--leave-page-reporting) never writes.</summary>
    [Theory]
    [InlineData(true, "12", "off (order 12)")]
    [InlineData(false, "12", "off (order 12)")]
    [InlineData(false, "9", "on (order 9)")]
    public void The_knob_is_recorded_without_being_written(bool hold, string order, string state)
    {
        string knob = Knob(order + "\n");

        using FreePageReportingHold reporting = hold ? FreePageReportingHold.Start(knob) : FreePageReportingHold.Observe(knob);

        Assert.Equal(state, reporting.State);
        Assert.Equal(order + "\n", File.ReadAllText(knob));
    }

    [Fact]
    public void A_failed_restore_is_returned_as_a_warning_not_thrown()
    {
        string knob = Knob("9\n");
        using FreePageReportingHold hold = FreePageReportingHold.Start(knob);
        Directory.Delete(_folder, recursive: true);

        string? failure = hold.Release();

        Assert.NotNull(failure);
        Assert.Contains("could not restore the free page reporting order", failure);
        Directory.CreateDirectory(_folder);
    }

    [Fact]
    public void A_kernel_without_page_reporting_is_recorded_as_absent()
    {
        string missing = Path.Combine(_folder, "no-such-knob");

        using FreePageReportingHold hold = FreePageReportingHold.Start(missing);

        Assert.Equal("absent", hold.State);
        Assert.False(File.Exists(missing));
    }
}
