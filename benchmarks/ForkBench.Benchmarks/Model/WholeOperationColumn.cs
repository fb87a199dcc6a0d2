using System.Globalization;
using BenchmarkDotNet.Reports;
using BenchmarkDotNet.Running;

namespace ForkBench.Benchmarks.Model;

/// <summary>
/// The time of one whole operation (one fork, one exit, one pass of
/// writes): the per-PTE mean times the PTEs per invocation.
/// </summary>
public sealed class WholeOperationColumn() : ModelColumn("WholeOp", "Whole op",
    "Time of one whole operation (fork, exit or write pass): Mean x PTEs", 1)
{
    public static WholeOperationColumn Instance { get; } = new();

    public override bool IsNumeric => false;

    protected override string? Value(Summary summary, BenchmarkCase benchmarkCase)
    {
        double? meanNs = summary[benchmarkCase]?.ResultStatistics?.Mean;
        if (meanNs is null || benchmarkCase.Descriptor.OperationsPerInvoke <= 1)
            return null;
        double ns = meanNs.Value * benchmarkCase.Descriptor.OperationsPerInvoke;
        return ns >= 1e6
            ? (ns / 1e6).ToString("0.00", CultureInfo.InvariantCulture) + " ms"
            : (ns / 1e3).ToString("0.0", CultureInfo.InvariantCulture) + " us";
    }
}
