using BenchmarkDotNet.Columns;
using BenchmarkDotNet.Reports;
using BenchmarkDotNet.Running;

namespace ForkBench.Benchmarks.Model;

/// <summary>The common part of the model's custom columns: a name, a legend and a value per case.</summary>
public abstract class ModelColumn(string id, string columnName, string legend, int priority) : IColumn
{
    public string Id => "ForkBench." + id;
    public string ColumnName => columnName;
    public string Legend => legend;
    public bool AlwaysShow => true;
    public ColumnCategory Category => ColumnCategory.Custom;
    public int PriorityInCategory => priority;
    public virtual bool IsNumeric => true;
    public UnitType UnitType => UnitType.Dimensionless;

    public bool IsAvailable(Summary summary) => true;

    public bool IsDefault(Summary summary, BenchmarkCase benchmarkCase) => false;

    public string GetValue(Summary summary, BenchmarkCase benchmarkCase) => Value(summary, benchmarkCase) ?? "-";

    public string GetValue(Summary summary, BenchmarkCase benchmarkCase, SummaryStyle style) => GetValue(summary, benchmarkCase);

    /// <summary>The cell, or null for "-" (not applicable to this case).</summary>
    protected abstract string? Value(Summary summary, BenchmarkCase benchmarkCase);

    public override string ToString() => ColumnName;
}
