using ForkBench.Reporting.Output;
using ForkBench.Results.Comparison;
using ForkBench.Results.Documents;

namespace ForkBench.Benchmarks.Pipeline;

/// <summary>Writes results/reports/&lt;run id&gt;/ (report.txt, every plot as SVG and PNG) for a run.</summary>
public static class ReportProducer
{
    public static ReportWriteResult Write(RunDocument run, RunComparison? comparison, string directory, TextWriter error)
    {
        ReportInput input = ReportInputMapper.Map(run, comparison);
        return new ReportWriter().Write(StandardReport.Compose(input), directory);
    }
}
