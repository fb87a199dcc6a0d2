using ForkBench.Reporting.Output;
using ForkBench.Results.Comparison;
using ForkBench.Results.Documents;

namespace ForkBench.Benchmarks.Pipeline;

/// <summary>
/// Writes results/reports/&lt;run id&gt;/ (report.txt, every plot as SVG and
/// PNG) for a run, with the calibration section from this host's cached
/// calibration under <c>resultsDirectory</c>.
/// </summary>
public static class ReportProducer
{
    /// <param name="runPath">Where the run document is, for the commands the report prints.</param>
    public static ReportWriteResult Write(RunDocument run, RunComparison? comparison, string directory, string resultsDirectory, string runPath, TextWriter error)
    {
        ReportInput input = ReportCalibration.With(ReportInputMapper.Map(run, comparison), run, resultsDirectory, runPath, error);
        return new ReportWriter().Write(StandardReport.Compose(input), directory);
    }
}
