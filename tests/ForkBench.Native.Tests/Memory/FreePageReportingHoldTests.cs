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

    [Fact]
    public void Reporting_already_off_is_left_as_it_is()
    {
        string knob = Knob("12\n");

        using FreePageReportingHold hold = FreePageReportingHold.Start(knob);

        Assert.Equal("off (order 12)", hold.State);
        Assert.Equal("12\n", File.ReadAllText(knob));
    }

    [Fact]
    public void A_kernel_without_page_reporting_is_recorded_as_absent()
    {
        string missing = Path.Combine(_folder, "no-such-knob");

        using FreePageReportingHold hold = FreePageReportingHold.Start(missing);

        Assert.Equal("absent", hold.State);
        Assert.False(File.Exists(missing));
    }

    [Fact]
    public void Observing_records_the_state_without_writing()
    {
        string knob = Knob("9\n");

        using FreePageReportingHold hold = FreePageReportingHold.Observe(knob);

        Assert.Equal("on (order 9)", hold.State);
        Assert.Equal("9\n", File.ReadAllText(knob));
    }
}
