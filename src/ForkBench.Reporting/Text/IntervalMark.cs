using System.Globalization;
using ForkBench.Results.Documents;
using ForkBench.Results.Statistics;

namespace ForkBench.Reporting.Text;

/// <summary>
/// The mark a figure gets when its median is not known to the report's
/// target (every reported figure's 95% interval within +-5%): "wide" when
/// the interval reaches further on either side, "no interval" when the
/// sample was too small for one. A figure past the target must never print
/// as if it were fine; the legend says what the marks mean.
/// </summary>
internal static class IntervalMark
{
    public const string Wide = "wide";
    public const string None = "no interval";

    /// <summary>"", <see cref="Wide"/> or <see cref="None"/>.</summary>
    public static string For(bool hasInterval, double relativeHalfWidth, double target = SampleSummary.DefaultWideHalfWidth) =>
        !hasInterval ? None : relativeHalfWidth <= target ? "" : Wide;

    /// <summary>
    /// "low..high" to three decimals, with " wide" when it reaches further
    /// than the target from the median on either side; <see cref="None"/>
    /// without bounds.
    /// </summary>
    public static string Interval(double median, double? lower, double? upper)
    {
        if (lower is not { } low || upper is not { } high)
            return None;
        double halfWidth = median > 0 ? Math.Max(median - low, high - median) / median : double.PositiveInfinity;
        string mark = For(hasInterval: true, halfWidth);
        string bounds = Bounds(low, high);
        return mark.Length == 0 ? bounds : $"{bounds} {mark}";
    }

    /// <summary>"low..high" to three decimals; <see cref="None"/> without bounds.</summary>
    public static string Bounds(double? lower, double? upper) =>
        lower is { } low && upper is { } high ? $"{Formatting.NumberFormat.Fixed(low, 3)}..{Formatting.NumberFormat.Fixed(high, 3)}" : None;

    /// <summary>One sentence explaining both marks, for below a table that has any.</summary>
    public static string Legend(double target = SampleSummary.DefaultWideHalfWidth) =>
        string.Create(CultureInfo.InvariantCulture,
            $"{Wide}: the {Level} interval of the median is wider than +-{target * 100:0.#}% (n too small or too noisy); "
            + $"{None}: fewer than {SampleSummarizer.MinimumCountForMedianInterval()} samples");

    /// <summary>"95%": the level every summary's interval is computed at.</summary>
    public static string Level => string.Create(CultureInfo.InvariantCulture, $"{SampleSummarizer.DefaultConfidenceLevel * 100:0.#}%");
}
