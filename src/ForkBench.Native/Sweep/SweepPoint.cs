using System.Globalization;
using ForkBench.Native.Scenarios;

namespace ForkBench.Native.Sweep;

/// <summary>One planned point: a floor (no scenario) or a scenario at a size.</summary>
internal sealed record SweepPoint(SpawnKind Spawn, NativeScenario? Scenario, long SizeBytes)
{
    public string Id => Scenario?.IdFor(SizeBytes)
        ?? string.Create(CultureInfo.InvariantCulture, $"native/{(Spawn == SpawnKind.Fork ? "fork" : "vfork")}/floor");

    /// <summary>Relative cost for the ETA: bigger buffers take longer to fault in, fork and tear down.</summary>
    public double Weight => 1 + SizeBytes / (256.0 * 1024 * 1024);
}
