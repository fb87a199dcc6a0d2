using ForkBench.Reporting.Formatting;
using ForkBench.Reporting.Model;

namespace ForkBench.Reporting.Plots;

/// <summary>
/// Title and subtitle of a plot. The subtitle names kernel and CPU: a PNG
/// gets forwarded without its report, and then it must still say where the
/// numbers come from.
/// </summary>
public sealed record PlotCaption(string Title, string Subtitle)
{
    public static PlotCaption For(string title, ReportHeader? header) =>
        new(title, header is null ? "" : Describe(header));

    public static string Describe(ReportHeader h) =>
        $"Linux {h.Kernel} | {h.Cpu} | {h.Cores} CPUs | {SizeFormat.Format(h.MemoryBytes)}";
}
