namespace ForkBench.Reporting.Plots;

/// <summary>
/// One legend row: the full series name, how the series is drawn and an
/// optional detail printed on a second, muted line (e.g. "median 13.2 ms").
/// </summary>
public sealed record LegendEntry(string Name, string Color, LegendSymbol Symbol, string? Dash = null, string? Detail = null);
