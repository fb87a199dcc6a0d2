using System.Text;
using ForkBench.Results.Documents;
using ForkBench.Results.Importing;
using ForkBench.Results.Tests.Support;

namespace ForkBench.Results.Tests.Importing;

/// <summary>
/// The fixture is BenchmarkDotNet 0.14.0's output for a two-case benchmark
/// run with "--job short --exporters json", with the warm-up and pilot
/// iterations cut to one per stage to keep it small.
/// </summary>
public class BenchmarkDotNetImporterTests
{
    private static byte[] Report() => File.ReadAllBytes(Fixture.Path("benchmarkdotnet/CopyBench-report-full-compressed.json"));

    private static BenchmarkIdentity? Fork(ImportedCase benchmark) =>
        benchmark.TypeFullName == "CopyBench" ? BenchmarkIdentity.Generic("fork", benchmark) : null;

    [Fact]
    public void Keeps_every_workload_result_iteration_as_ns_per_operation()
    {
        IReadOnlyList<Measurement> measurements = BenchmarkDotNetImporter.Import(Report(), "report.json", Fork);

        Assert.Equal(["model/fork/copy-pte-range/kind=anon-4k/pages=64", "model/fork/copy-pte-range/kind=anon-4k/pages=512"],
            measurements.Select(m => m.Id));
        Measurement first = measurements[0];
        Assert.Equal(SampleUnit.Nanoseconds, first.Unit);
        // BenchmarkDotNet's own "OriginalValues" for this case: the same three numbers.
        Assert.Equal([50.30493122339249, 45.97772014141083, 37.15105199813843], first.Samples, new ToleranceComparer(1e-9));
        Assert.Equal(new Dictionary<string, string> { ["kind"] = "anon-4k", ["pages"] = "64" }, first.Parameters);
        Assert.Equal(0, first.Counts![BenchmarkDotNetImporter.AllocatedBytesCount]);
        Assert.NotNull(first.Summary);
    }

    [Fact]
    public void Without_a_known_category_the_type_name_is_used()
    {
        IReadOnlyList<Measurement> measurements = BenchmarkDotNetImporter.Import(Report(), "report.json", _ => null);
        Assert.StartsWith("model/copy-bench/copy-pte-range/", measurements[0].Id);
    }

    [Fact]
    public void A_benchmark_without_result_iterations_is_skipped_with_a_reason()
    {
        string json = """{"Benchmarks":[{"Type":"ForkBenchmarks","Method":"Fork","Parameters":"","Measurements":[]}]}""";
        Measurement only = Assert.Single(BenchmarkDotNetImporter.Import(Encoding.UTF8.GetBytes(json), "r.json", _ => null));

        Assert.Equal("model/fork/fork", only.Id);
        Assert.True(only.IsSkipped);
        Assert.Contains("no Workload/Result", only.SkippedReason);
    }

    [Theory]
    [InlineData("{\"Benchmarks\":[{\"Type\":\"T\",\"Method\":\"M\"}]}", "has no raw 'Measurements'")]
    [InlineData("{\"Title\":\"x\"}", "no 'Benchmarks'")]
    [InlineData("{\"Benchmarks\":[]}", "holds no benchmarks")]
    [InlineData("{\"Benchmarks\":", "not a BenchmarkDotNet JSON report")]
    [InlineData("{\"Benchmarks\":[{\"Type\":\"T\",\"Method\":\"M\",\"Measurements\":[]},{\"Type\":\"T\",\"Method\":\"M\",\"Measurements\":[]}]}", "two benchmarks map to 'model/t/m'")]
    public void Unusable_reports_are_data_errors(string json, string expected)
    {
        var error = Assert.Throws<ResultsDataException>(() => BenchmarkDotNetImporter.Import(Encoding.UTF8.GetBytes(json), "r.json", _ => null));
        Assert.Contains(expected, error.Message);
        Assert.DoesNotContain('\n', error.Message);
    }

    private sealed class ToleranceComparer(double tolerance) : IEqualityComparer<double>
    {
        public bool Equals(double x, double y) => Math.Abs(x - y) <= tolerance * Math.Max(1, Math.Abs(x));

        public int GetHashCode(double obj) => 0;
    }
}
