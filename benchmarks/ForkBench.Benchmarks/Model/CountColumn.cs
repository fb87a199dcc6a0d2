using ForkBench.Kernel.Counting;
using System.Globalization;
using BenchmarkDotNet.Reports;
using BenchmarkDotNet.Running;

namespace ForkBench.Benchmarks.Model;

/// <summary>
/// A column of exact operation counts from a counting run of the case's own
/// scenario (<see cref="CountCache"/>): the same numbers in the summary
/// table and in every export.
/// </summary>
public sealed class CountColumn(string id, string columnName, string legend, int priority, Func<CountedRun, string> format)
    : ModelColumn(id, columnName, legend, priority)
{
    public static CountColumn AtomicsPerPte { get; } = new("AtomicsPerPte", "Atomics/PTE",
        "Locked RMWs + atomic reads per PTE in one counted run ((LockedRmws+AtomicReads)/PTEs)", 10,
        r => F(r.AtomicsPerPte));

    public static CountColumn LinesPerPte { get; } = new("LinesPerPte", "Lines/PTE",
        "Distinct struct page cache lines touched per PTE in one counted run", 11,
        r => F(r.StructPageLinesPerPte));

    public static CountColumn PagesCopied { get; } = new("PagesCopied", "Copied",
        "4 KiB pages copied in one counted run", 12,
        r => r.Counts.PagesCopied.ToString(CultureInfo.InvariantCulture));

    public static CountColumn Retries { get; } = new("Retries", "Retries",
        "Times the PTE locks were dropped and retaken (LockCycles) in one counted run", 13,
        r => r.Counts.LockCycles.ToString(CultureInfo.InvariantCulture));

    public static CountColumn BatchFailures { get; } = new("BatchFailures", "BatchFail",
        "PTE batches that backed out with -EAGAIN in one counted run", 14,
        r => r.Counts.BatchFailures.ToString(CultureInfo.InvariantCulture));

    public static IReadOnlyList<CountColumn> All { get; } = [AtomicsPerPte, LinesPerPte, PagesCopied, Retries, BatchFailures];

    protected override string? Value(Summary summary, BenchmarkCase benchmarkCase) =>
        CountCache.For(benchmarkCase) is { } run ? format(run) : null;

    private static string F(double value) => value.ToString("0.###", CultureInfo.InvariantCulture);
}
