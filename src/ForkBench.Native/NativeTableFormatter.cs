using System.Globalization;
using System.Text;
using ForkBench.Native.Host;
using ForkBench.Results.Documents;
using ForkBench.Results.Statistics;

namespace ForkBench.Native;

/// <summary>
/// The readable table of a sweep: per point the median fork latency, how
/// far its 95% interval reaches (the larger side, in % of the median), the
/// quartiles, the marginal cost over the floor, the median CPU time of the
/// fork, the first fork and the child's exit+reap. Times in ms. A median
/// whose interval is wider than the run's target, or that has none, is
/// marked in the notes ("wide", "no interval") and the marks are explained
/// under the table: such a figure must not read as settled.
/// Pure: result in, text out.
/// </summary>
public static class NativeTableFormatter
{
    private const int LabelWidth = 40;

    public static string Format(NativeSweepResult result)
    {
        ArgumentNullException.ThrowIfNull(result);
        var text = new StringBuilder();
        WriteHeader(text, result.Host);
        foreach (NativeMeasurement floor in result.Floors)
            text.AppendLine(Invariant($"floor {floor.Id}: {Describe(floor, result.Options.StopRule.TargetRelativeHalfWidth)}"));
        text.AppendLine();
        bool cow = result.Measurements.Any(m => m.CowWriteSamples.Count > 0);
        text.AppendLine(Invariant($"{"scenario",-LabelWidth} {"size",8} {"n",3} {"median",9} {"±CI",6} {"Q1..Q3",17} {"marginal",9} {"cpu",8} {"first",9} {"reap",8}{(cow ? "      cow" : "")}  notes"));
        double target = result.Options.StopRule.TargetRelativeHalfWidth;
        foreach (NativeMeasurement m in result.Measurements)
            text.AppendLine(Row(m, cow, target));
        if (Legend(result, target) is { } legend)
            text.AppendLine(legend);
        foreach (string warning in result.Warnings)
            text.AppendLine($"warning: {warning}");
        if (result.Incomplete)
            text.AppendLine().AppendLine($"INCOMPLETE: {result.IncompleteReason}");
        return text.ToString();
    }

    private static void WriteHeader(StringBuilder text, HostDescription h)
    {
        text.AppendLine(Invariant($"Linux {h.KernelRelease} {h.Architecture}, {h.CpuModel}, {h.LogicalCpus} CPUs, {h.MemTotalBytes / (1024.0 * 1024 * 1024):0.0} GiB, {h.DotNetVersion}"));
        string mthp = string.Join(" ", h.MthpEnabled.Where(kv => kv.Value != "never").Select(kv => $"{kv.Key}={kv.Value}"));
        text.AppendLine($"THP enabled={h.ThpEnabled} defrag={h.ThpDefrag}{(mthp.Length > 0 ? $" mTHP {mthp}" : "")}; io_uring_disabled={h.IoUringDisabled}; "
            + $"memlock {Limit(h.MemlockSoftBytes)}{(h.HasCapIpcLock ? " (CAP_IPC_LOCK)" : "")}; virtualisation: {h.Virtualization}");
    }

    private static string Row(NativeMeasurement m, bool cow, double target)
    {
        string label = Label(m);
        string size = m.Parameters.TryGetValue("rssBytes", out string? rss) ? $"{long.Parse(rss, CultureInfo.InvariantCulture) / (1024 * 1024)} MiB" : "";
        if (m.SkipReason is not null || m.Summary is null)
            return Invariant($"{label,-LabelWidth} {size,8}   skipped: {m.SkipReason ?? "no samples"}");
        SampleSummary s = m.Summary;
        string ci = double.IsFinite(s.RelativeMedianHalfWidth) ? $"{s.RelativeMedianHalfWidth * 100:0.0}%" : "-";
        string quartiles = $"{Ms(s.Quantile(0.25))}..{Ms(s.Quantile(0.75))}";
        string notes = Notes(m, target);
        string cowCell = cow ? $" {(m.CowWriteSummary is { } c ? Ms(c.Median.Estimate) : "-"),8}" : "";
        return Invariant($"{label,-LabelWidth} {size,8} {s.Count,3} {Ms(s.Median.Estimate),9} {ci,6} {quartiles,17} {Ms(m.MarginalMedianNs),9} {Ms(m.CpuSummary?.Median.Estimate),8} {Ms(m.FirstForkNs),9} {Ms(m.ExitReapSummary?.Median.Estimate),8}{cowCell}  {notes}").TrimEnd();
    }

    private static string Describe(NativeMeasurement floor, double target) =>
        floor.Summary is { } s
            ? Invariant($"median {Ms(s.Median.Estimate)} ms ({Interval(s, target)}, n={s.Count}), cpu {Ms(floor.CpuSummary?.Median.Estimate)} ms, exit+reap {Ms(floor.ExitReapSummary?.Median.Estimate)} ms")
            : $"skipped: {floor.SkipReason}";

    private static string Interval(SampleSummary s, double target) => s.Median is { Lower: { } lower, Upper: { } upper }
        ? Invariant($"95% CI {Ms(lower)}..{Ms(upper)}{(s.IsWide(target) ? ", wide" : "")}")
        : "no interval";

    /// <summary>What the marks in the notes mean, when any point has one; null otherwise.</summary>
    private static string? Legend(NativeSweepResult result, double target)
    {
        var summaries = result.Floors.Concat(result.Measurements).Where(m => m.SkipReason is null).Select(m => m.Summary).OfType<SampleSummary>().ToList();
        if (!summaries.Any(s => s.IsWide(target)))
            return null;
        return Invariant($"wide: the 95% interval of the median is wider than +-{target * 100:0.#}% (n too small or too noisy); ")
            + Invariant($"no interval: fewer than {SampleSummarizer.MinimumCountForMedianInterval()} samples");
    }

    private static string Label(NativeMeasurement m)
    {
        // Every segment between "native" and the size: spawn, memory, pins, then refs= or touch= where present.
        string[] parts = m.Id.Split('/');
        return parts.Length >= 4 ? string.Join(' ', parts[1..^1]) : m.Id;
    }

    private static string Notes(NativeMeasurement m, double target)
    {
        var notes = new List<string>();
        if (m.Summary is { } summary && summary.IsWide(target))
            notes.Add(summary.Median.Lower is null ? "no interval" : "wide");
        if (m.HugePageCoverage is { } coverage)
            notes.Add(Invariant($"huge {coverage * 100:0}%"));
        if (ModalityCheck.Modes(m.Samples) is > 1 and int modes)
            notes.Add($"{modes} modes");
        if (m.DiscardedSamples > 0)
            notes.Add($"{m.DiscardedSamples} discarded");
        if (m.Incomplete)
            notes.Add("incomplete");
        return string.Join(", ", notes);
    }

    /// <summary>Nanoseconds as milliseconds with about four significant digits.</summary>
    public static string Ms(double? ns) => ns switch
    {
        null => "-",
        { } v when Math.Abs(v) >= 100e6 => (v / 1e6).ToString("0.0", CultureInfo.InvariantCulture),
        { } v when Math.Abs(v) >= 10e6 => (v / 1e6).ToString("0.00", CultureInfo.InvariantCulture),
        { } v => (v / 1e6).ToString("0.000", CultureInfo.InvariantCulture),
    };

    private static string Limit(long? bytes) => bytes is { } b ? $"{b / 1024} KiB" : "unlimited";

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
