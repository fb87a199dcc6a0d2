namespace ForkBench.Reporting.Output;

/// <summary>Everything a report folder holds before it is written: the mail text and the plots.</summary>
public sealed record ReportContent(string Text, IReadOnlyList<PlotFile> Plots);
