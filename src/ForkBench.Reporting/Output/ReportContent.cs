namespace ForkBench.Reporting.Output;

/// <summary>Everything a report folder holds before it is written: the mail text, the plots and any attached files.</summary>
public sealed record ReportContent(string Text, IReadOnlyList<PlotFile> Plots)
{
    /// <summary>Files written beside report.txt as they are (none in the standard report).</summary>
    public IReadOnlyList<ReportAttachment> Attachments { get; init; } = [];
}
