namespace ForkBench.Calibration.Fitting;

/// <summary>
/// Columns that are the same up to a constant factor in every point of the
/// data (e.g. pages copied, page allocations and lock cycles when each copy
/// takes one allocation and one lock cycle): the data can price only their
/// sum, so the fit has one cost for the group, per unit of its
/// representative (the first of them in <see cref="CostColumn.All"/>).
/// </summary>
/// <param name="Representative">Index of the column the group's cost is per unit of.</param>
/// <param name="Members">Every column in the group, the representative first.</param>
/// <param name="Ratios">Per member, its value divided by the representative's (1 for the representative).</param>
public sealed record ColumnGroup(int Representative, IReadOnlyList<int> Members, IReadOnlyList<double> Ratios)
{
    public bool IsMerged => Members.Count > 1;
}
