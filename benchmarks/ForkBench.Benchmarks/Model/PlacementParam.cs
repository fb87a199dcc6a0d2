using ForkBench.Kernel.Memory;

namespace ForkBench.Benchmarks.Model;

/// <summary>Where the parent's frames lie in the memmap, as the "Placement" parameter names it.</summary>
public static class PlacementParam
{
    /// <summary>Consecutive frames: neighbouring PTEs touch neighbouring struct pages.</summary>
    public const string Contiguous = "contiguous";

    /// <summary>Frames shuffled within 128 MiB windows: each PTE touches a struct page line far from the last.</summary>
    public const string Scattered = "scattered";

    public static IReadOnlyList<string> AllValues { get; } = [Contiguous, Scattered];

    public static FramePlacement Parse(string placement) => placement switch
    {
        Contiguous => FramePlacement.Contiguous,
        Scattered => FramePlacement.Scattered,
        _ => throw new ArgumentException($"unknown placement '{placement}'", nameof(placement)),
    };
}
