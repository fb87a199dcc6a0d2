namespace ForkBench.Calibration.Fitting;

/// <summary>How the fit's columns were combined for one data set: the groups it solves for, and the columns no point exercises.</summary>
/// <param name="Groups">One per fitted unknown, in column order of their representatives.</param>
/// <param name="Absent">Columns that are zero in every point: their cost is unknown and priced at zero.</param>
public sealed record ColumnMerge(IReadOnlyList<ColumnGroup> Groups, IReadOnlyList<int> Absent)
{
    /// <summary>The group a column belongs to, or null when it is absent.</summary>
    public ColumnGroup? GroupOf(int column) => Groups.FirstOrDefault(g => g.Members.Contains(column));
}
