using ForkBench.Benchmarks.Model;
using ForkBench.Kernel.Fork;
using ForkBench.Results.Documents;

namespace ForkBench.Benchmarks.Pipeline;

/// <summary>
/// The default run's paired measurements of the model's hot loop:
/// <c>model/floor-ratio/&lt;variant&gt;/anon-4k/pin=none/rss=1gib</c>, whose
/// samples are per-round ratios of a fork to the physical floor with the
/// write-protect, timed back to back (<see cref="PairedFloorRounds"/>).
/// Separately timed medians of the model move about 10% from run to run on a
/// busy 2-core VM (the unpinned 4 KiB <c>model/fork-layout</c> ids, eight
/// default runs: 8.9% at their median); a ratio paired within each round
/// moved 1.5 to 2.8% for the three variants it first covered, so a change
/// of about 10% in the model's copy loop shows against a baseline. Every
/// variant is measured, so that each one's unpinned copy loop has a figure
/// that can show such a change.
/// </summary>
public static class FloorRatioMeasurement
{
    public const string Family = "model/floor-ratio";

    /// <summary>
    /// Rounds counted per variant: about 1.3 s at 1 GiB on 2 cores. The
    /// per-round ratios spread 6 to 8% inside a run, so thirty put the
    /// median's standard error near 1.6%; forty (the three variants' first
    /// count) cost a third more for 1.4%.
    /// </summary>
    public const int Rounds = 30;

    /// <summary>Every copy variant, in the catalogue's order.</summary>
    public static IReadOnlyList<CopyVariant> Variants { get; } = [.. CopyVariant.All];

    public static IReadOnlyList<Measurement> Measure(RunProgress progress, CancellationToken cancel)
    {
        ArgumentNullException.ThrowIfNull(progress);
        int perVariant = PairedFloorRounds.WarmupRounds + Rounds;
        progress.Phase("model floor ratio", Variants.Count * perVariant);
        var measurements = new List<Measurement>();
        for (int v = 0; v < Variants.Count && !cancel.IsCancellationRequested; v++)
        {
            CopyVariant variant = Variants[v];
            PairedFloorRounds rounds = PairedFloorRounds.Measure(variant, oneGiB: true, Rounds,
                (round, _) => progress.Step(v * perVariant + round, $"{variant.Id} fork / floor, paired"));
            measurements.Add(ToMeasurement(variant, rounds));
        }
        return measurements;
    }

    /// <summary>The id, its parameters (the fork's and the floor's ids among them) and the per-round ratios.</summary>
    public static Measurement ToMeasurement(CopyVariant variant, PairedFloorRounds rounds)
    {
        ArgumentNullException.ThrowIfNull(variant);
        ArgumentNullException.ThrowIfNull(rounds);
        var parameters = new Dictionary<string, string>(StringComparer.Ordinal)
        {
            ["variant"] = variant.Id,
            ["scenario"] = rounds.Tail,
            ["metric"] = "ratio",
            ["fork"] = rounds.ForkId,
            ["floor"] = rounds.FloorId,
        };
        return MeasurementFactory.Create($"{Family}/{variant.Id}/{rounds.Tail}", parameters, SampleUnit.Multiple, rounds.Ratios);
    }
}
