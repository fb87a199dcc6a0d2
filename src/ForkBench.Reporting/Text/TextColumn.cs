namespace ForkBench.Reporting.Text;

/// <summary>
/// One column of a <see cref="TextTable"/>. The header may hold several
/// lines separated by '\n' (mmtests prints the kernel name above "baseline").
/// </summary>
public sealed record TextColumn(
    string Header,
    ColumnAlign Align = ColumnAlign.Right,
    ColumnOverflow Overflow = ColumnOverflow.Keep,
    int MinWidth = 6);
