using ForkBench.Reporting.Output;
using ForkBench.Reporting.Png;
using ForkBench.Results.Comparison;
using ForkBench.Results.Documents;

namespace ForkBench.Benchmarks.Pipeline;

/// <summary>Writes results/reports/&lt;run id&gt;/ (report.txt, SVG plots, PNGs when rsvg-convert is there) for a run.</summary>
public static class ReportProducer
{
    public static ReportWriteResult Write(RunDocument run, RunComparison? comparison, string directory, TextWriter error)
    {
        ReportInput input = ReportInputMapper.Map(run, comparison);
        ReportWriteResult written = new ReportWriter(RsvgPngConverter.FromPath()).Write(StandardReport.Compose(input), directory);
        foreach (var png in written.Png.Where(p => p.Status != PngConversionStatus.Converted).DistinctBy(p => p.Message))
            error.WriteLine($"report: PNG {png.Status.ToString().ToLowerInvariant()}: {png.Message}{(png.Hint is null ? "" : $" ({png.Hint})")}");
        return written;
    }
}
