using System.CommandLine;
using ForkBench.Results;
using ForkBench.Results.Documents;
using ForkBench.Results.Hosts;
using ForkBench.Native.Host;
using ForkBench.Results.Importing;
using ForkBench.Results.IO;
using ForkBench.Results.Repository;
using ForkBench.Results.Serialization;

namespace ForkBench.Benchmarks.Cli;

/// <summary>
/// <c>forkbench import</c>: BenchmarkDotNet's full JSON reports become one
/// run document in results/runs/. Everything is read and checked before
/// anything is written.
/// </summary>
public sealed class ImportCommand : ForkBenchCommand
{
    public const string DefaultReportDirectory = "BenchmarkDotNet.Artifacts/results";

    private readonly Argument<string[]> _reports = CommandOptions.Paths("reports", "report.json|dir", "BenchmarkDotNet full JSON reports, or folders that hold them");

    private readonly Option<string> _out = CommandOptions.Text("out", "file", "write the run here instead (the file must not exist)");
    private readonly Option<string> _results = ResultsArguments.ResultsOption();

    public ImportCommand() : base("import", "turn BenchmarkDotNet JSON reports into a run document in results/runs/")
    {
        Arguments.Add(_reports);
        Options.Add(_out);
        Options.Add(_results);
    }

    public override string Details =>
        $"""
        Reads BenchmarkDotNet full JSON reports (written by '--exporters json';
        a directory means every *-report-full*.json file in it or below it;
        default: the newest results/runs/model-<time>/ folder that the model
        command wrote, else {DefaultReportDirectory}) and writes one run
        document, with this host's description and the current git commit, to
        results/runs/<run-id>.json.
        Ids: model/<category>/<method>/<param>=<value>... (results/README.md).
        """;

    protected override int Run(ParseResult parsed, TextWriter output, TextWriter error) =>
        ResultsArguments.Guard(Name, error, () =>
        {
            string? outPath = parsed.GetValue(_out);
            string resultsDirectory = ResultsArguments.ResultsDirectory(parsed.GetValue(_results));

            string[] given = parsed.GetValue(_reports) ?? [];
            IReadOnlyList<string> reports = ReportFiles(given.Length > 0 ? given : [DefaultSource(resultsDirectory)]);
            var measurements = new List<Measurement>();
            foreach (string report in reports)
                measurements.AddRange(BenchmarkDotNetImporter.Import(ReadBytes(report), report, Model.ModelBenchmarkIdentity.ForImported));

            // BenchmarkDotNet writes the reports when the run ends; the
            // earliest one is the closest record of when the run happened.
            DateTime taken = reports.Min(File.GetLastWriteTimeUtc);
            RunInfo run = RunInfoFactory.Create(taken, RunInfoFactory.ToolVersion(),
                GitCommitReader.Read(SystemTextFileSource.Instance, Directory.GetCurrentDirectory()), "benchmarkdotnet");
            var document = new RunDocument(SchemaVersion.Current, run, HostInfoReader.ReadCurrent(), measurements);
            string path = outPath ?? Path.Combine(ResultsDirectory.Runs(resultsDirectory), run.Id + ".json");
            RunDocumentFile.WriteNew(path, document);
            output.WriteLine($"Wrote {ResultsArguments.Display(path)}: {measurements.Count} measurement(s) from {reports.Count} report(s)");
            return ExitCodes.Success;
        });

    /// <summary>The newest model-&lt;time&gt; folder under results/runs (the names sort by time), else BenchmarkDotNet's default folder.</summary>
    public static string DefaultSource(string resultsDirectory)
    {
        string runs = ResultsDirectory.Runs(resultsDirectory);
        return Directory.Exists(runs)
            ? Directory.GetDirectories(runs, "model-*").OrderDescending(StringComparer.Ordinal).FirstOrDefault() ?? DefaultReportDirectory
            : DefaultReportDirectory;
    }

    private static IReadOnlyList<string> ReportFiles(IReadOnlyList<string> paths)
    {
        var files = new List<string>();
        foreach (string path in paths)
        {
            if (File.Exists(path))
                files.Add(path);
            else if (Directory.Exists(path))
            {
                string[] reports = [.. FullReports(path)];
                if (reports.Length == 0)
                    throw new ResultsDataException($"{path}: no BenchmarkDotNet full JSON report (*-report-full*.json); run the benchmarks with '--exporters json'");
                files.AddRange(reports);
            }
            else
                throw new ResultsDataException($"{path}: no such file or directory");
        }
        return files;
    }

    /// <summary>
    /// One full report per benchmark class (the indented and compressed forms
    /// hold the same data), in the folder or below it: BenchmarkDotNet puts
    /// them in a results/ subfolder of its artifacts folder.
    /// </summary>
    private static IEnumerable<string> FullReports(string directory) =>
        Directory.GetFiles(directory, "*-report-full*.json", SearchOption.AllDirectories)
            .Where(f => f.EndsWith("-report-full.json", StringComparison.Ordinal) || f.EndsWith("-report-full-compressed.json", StringComparison.Ordinal))
            .GroupBy(f => f[..f.LastIndexOf("-report-full", StringComparison.Ordinal)], StringComparer.Ordinal)
            .Select(g => g.Order(StringComparer.Ordinal).First())
            .Order(StringComparer.Ordinal);

    private static byte[] ReadBytes(string path)
    {
        try
        {
            return File.ReadAllBytes(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new ResultsDataException($"{path}: cannot be read: {e.Message}", e);
        }
    }
}
