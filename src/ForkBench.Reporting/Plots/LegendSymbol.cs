namespace ForkBench.Reporting.Plots;

/// <summary>How a legend entry shows its series.</summary>
public enum LegendSymbol
{
    /// <summary>A line with a point: line plots.</summary>
    LineWithPoint,

    /// <summary>A filled box: bars.</summary>
    Box,

    /// <summary>A point only: dot plots.</summary>
    Point,

    /// <summary>A line only (dashed when the entry has a dash): reference lines, CDFs.</summary>
    Line,
}
