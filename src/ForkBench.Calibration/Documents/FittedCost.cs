namespace ForkBench.Calibration.Documents;

/// <summary>
/// The fitted cost of one column (<see cref="Fitting.CostColumn"/>), in ns
/// per unit, with its 95% bootstrap interval. A column merged into another
/// (identically collinear in the data) has no cost of its own: it is priced
/// through <see cref="MergedInto"/>, <see cref="Ratio"/> of its units per unit
/// of that column. A column no point exercises is priced at zero.
/// </summary>
/// <param name="Column">The column key, e.g. <c>pte-reads</c>.</param>
/// <param name="CostNs">ns per unit (for a group's representative: per unit of it, the members' work included).</param>
/// <param name="MergedInto">The representative's key, when merged.</param>
/// <param name="Ratio">Units of this column per unit of the representative, when merged.</param>
/// <param name="Exercised">False when every fitted point counts zero of it.</param>
public sealed record FittedCost(string Column, double CostNs, double LowerNs, double UpperNs, string? MergedInto = null, double? Ratio = null, bool Exercised = true);
