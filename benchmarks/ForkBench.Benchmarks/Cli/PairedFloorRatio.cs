using System.Globalization;
using ForkBench.Results.Documents;
using ForkBench.Results.Statistics;

namespace ForkBench.Benchmarks.Cli;

/// <summary>
/// The figures of floor-ratio's paired rounds: the median ns per PTE of the
/// fork and of the floor, and the median of the per-round ratios fork /
/// floor with its distribution-free 95% interval. Each round's ratio divides
/// two passes timed back to back, so drift of the machine over the run
/// (frequency, a neighbour) cancels within a round instead of widening the
/// ratio of two separate medians.
/// </summary>
public sealed record PairedFloorRatio(double ForkMedianNsPerPte, double FloorMedianNsPerPte, SampleSummary Ratio)
{
    /// <summary>The rounds: as many as the ratio summary holds.</summary>
    public int Rounds => Ratio.Count;

    /// <summary>Whether the ratio's 95% interval reaches further than 5% of its median on either side, or is absent.</summary>
    public bool IsWide => Ratio.IsWide(SampleSummary.DefaultWideHalfWidth);

    /// <summary>
    /// The figures of paired rounds: round i timed <paramref name="forkNsPerPte"/>[i]
    /// and <paramref name="floorNsPerPte"/>[i]. Medians are type 7 sample
    /// medians (<see cref="SampleQuantile"/>), the ratio's interval the
    /// order-statistic one (<see cref="OrderStatisticQuantileInterval"/>),
    /// both through <see cref="SampleSummarizer"/>.
    /// </summary>
    /// <exception cref="ArgumentException">No rounds, lists of different lengths, or a time that is not positive.</exception>
    public static PairedFloorRatio Of(IReadOnlyList<double> forkNsPerPte, IReadOnlyList<double> floorNsPerPte)
    {
        ArgumentNullException.ThrowIfNull(forkNsPerPte);
        ArgumentNullException.ThrowIfNull(floorNsPerPte);
        if (forkNsPerPte.Count == 0 || forkNsPerPte.Count != floorNsPerPte.Count)
            throw new ArgumentException($"need the same number of fork and floor times, at least one ({forkNsPerPte.Count} and {floorNsPerPte.Count})");
        if (forkNsPerPte.Concat(floorNsPerPte).Any(t => !(t > 0 && double.IsFinite(t))))
            throw new ArgumentException("every time must be positive and finite");
        double[] ratios = [.. forkNsPerPte.Select((fork, i) => fork / floorNsPerPte[i])];
        return new PairedFloorRatio(
            SampleQuantile.Median(forkNsPerPte),
            SampleQuantile.Median(floorNsPerPte),
            SampleSummarizer.Summarize(ratios, SampleSummarizer.DefaultConfidenceLevel));
    }

    /// <summary>
    /// The labelled result lines (plain ASCII, at most 80 columns):
    /// "fork median:", "floor median:", "ratio median:", "n:", then what
    /// the ratio is.
    /// </summary>
    public IReadOnlyList<string> Lines(string variantId, int warmupRounds)
    {
        QuantileEstimate median = Ratio.Median;
        string interval = median is { Lower: double low, Upper: double high }
            ? Invariant($"95% CI {low:F3}..{high:F3}, +-{median.RelativeHalfWidth * 100:0.0}%{(IsWide ? ", wide" : "")}")
            : "no interval, wide";
        return
        [
            Invariant($"fork median:   {ForkMedianNsPerPte,8:F3} ns/PTE  ({variantId})"),
            Invariant($"floor median:  {FloorMedianNsPerPte,8:F3} ns/PTE  (with the write-protect)"),
            Invariant($"ratio median:  {median.Estimate,8:F3} x floor  ({interval})"),
            Invariant($"n:             {Rounds,8} paired rounds ({warmupRounds} warm-up rounds not counted)"),
            "The ratio is the median of the per-round ratios fork / floor: both sides",
            "timed in the same round, so a slower or busier machine moves them together.",
        ];
    }

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
