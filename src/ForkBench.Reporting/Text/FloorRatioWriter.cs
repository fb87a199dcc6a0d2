using ForkBench.Reporting.Model;

namespace ForkBench.Reporting.Text;

/// <summary>
/// The model's hot loop over the physical floor, each variant's fork and the
/// floor timed back to back in rounds: the figure that moves least from run
/// to run, so the one to quote when a change to the copy loop is a few
/// percent.
/// </summary>
public static class FloorRatioWriter
{
    public const string Title = "Model: fork over the physical floor with the write-protect, paired in rounds";

    /// <summary>
    /// One row per variant. Where every row forks the same process (the
    /// default run: every variant at <c>anon-4k/pin=none/rss=1gib</c>), the
    /// process is named once above the table instead of in a column that
    /// would wrap every row at 80 columns.
    /// </summary>
    public static string Write(IReadOnlyList<FloorRatioRow> ratios)
    {
        ArgumentNullException.ThrowIfNull(ratios);
        string? shared = ratios.Select(r => r.Process).Distinct(StringComparer.Ordinal).Count() == 1 ? ratios[0].Process : null;
        return PairedRoundsTable.Write(Title, ("variant", shared is null ? "process" : null, "x floor"),
            ratios.Select(r => new PairedRoundsTable.Row(r.Variant, r.Process, r.Median, r.Lower, r.Upper, r.Rounds)),
            "Each round times one floor pass and one fork back to back; the figure is the median of the rounds' ratios, "
            + "so a slower or busier machine moves both sides of a round together.",
            shared is null ? null : [$"Every variant forks {shared}."]);
    }
}
