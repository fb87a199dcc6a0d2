using ForkBench.Reporting.Png;

namespace ForkBench.Reporting.Tests.Png;

/// <summary>
/// A fact that needs rsvg-convert. xunit 2 has no dynamic skip, so the skip
/// reason is decided here, when the test is discovered; the runner prints it.
/// </summary>
public sealed class RsvgConvertFactAttribute : FactAttribute
{
    public RsvgConvertFactAttribute()
    {
        if (ExecutableLocator.Find(RsvgPngConverter.ToolName) is null)
            Skip = "rsvg-convert not on PATH: install librsvg2-bin";
    }
}
