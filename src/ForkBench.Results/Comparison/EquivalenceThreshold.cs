using System.Globalization;
using ForkBench.Results.Documents;

namespace ForkBench.Results.Comparison;

/// <summary>
/// The smallest change that counts: a relative part of the level, but never
/// less than an absolute noise floor (for time units). A change smaller than
/// both is "Same" however significant it is statistically.
/// </summary>
/// <param name="RelativePercent">Relative threshold in percent (5 means 5%).</param>
/// <param name="NoiseFloorNanoseconds">Absolute floor for time units, in nanoseconds.</param>
public sealed record EquivalenceThreshold(double RelativePercent, double NoiseFloorNanoseconds)
{
    public const double DefaultRelativePercent = 5;

    /// <summary>
    /// 1 ns: about three cycles at 3 GHz. BenchmarkDotNet's per-operation
    /// times for nanosecond-scale model operations move by a fraction of a
    /// nanosecond between processes from code and loop alignment alone (the
    /// JIT places a hot loop on a different boundary), so 5% of a 4 ns
    /// operation (0.2 ns) is layout noise, not a change in the code. A
    /// change below 1 ns is never reported; real fork() times (tens of
    /// microseconds and up) are far above the floor, so it only affects the
    /// smallest model operations.
    /// </summary>
    public const double DefaultNoiseFloorNanoseconds = 1;

    public static EquivalenceThreshold Default { get; } = new(DefaultRelativePercent, DefaultNoiseFloorNanoseconds);

    /// <summary>The floor in <paramref name="unit"/>; 0 for units that are not times.</summary>
    public double NoiseFloorIn(SampleUnit unit) =>
        unit.NanosecondsPerUnit is { } nanoseconds ? NoiseFloorNanoseconds / nanoseconds : 0;

    /// <summary>"1ns", "0.5us", "2ms", "1s" (a bare number is nanoseconds), invariant culture.</summary>
    public static bool TryParseTime(string text, out double nanoseconds)
    {
        nanoseconds = 0;
        string trimmed = text.Trim();
        int split = trimmed.Length;
        while (split > 0 && char.IsAsciiLetter(trimmed[split - 1]))
            split--;
        string suffix = trimmed[split..];
        double scale;
        if (suffix.Length == 0)
            scale = 1;
        else if (SampleUnit.TryParse(suffix, out SampleUnit unit) && unit.NanosecondsPerUnit is { } perUnit)
            scale = perUnit;
        else
            return false;
        if (!double.TryParse(trimmed[..split], NumberStyles.Float, CultureInfo.InvariantCulture, out double value) || !double.IsFinite(value) || value < 0)
            return false;
        nanoseconds = value * scale;
        return true;
    }

    public override string ToString() =>
        string.Create(CultureInfo.InvariantCulture, $"{RelativePercent:0.##}% relative, noise floor {NoiseFloorNanoseconds:0.###} ns");
}
