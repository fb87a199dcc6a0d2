using BenchmarkDotNet.Attributes;
using ForkBench.Benchmarks.Cli;

namespace ForkBench.Benchmarks.Tests.Cli;

public class BenchmarkCategoryLookupTests
{
    [BenchmarkCategory("fork")]
    public class SampleBenchmarks
    {
        [Benchmark]
        public int Plain() => 1;

        [Benchmark, BenchmarkCategory("cow")]
        public int WithOwnCategory() => 2;
    }

    private static string? Find(string type, string method) =>
        BenchmarkCategoryLookup.Find(typeof(BenchmarkCategoryLookupTests).Assembly, type, method);

    [Fact]
    public void Method_category_wins_over_class_category()
    {
        // BenchmarkDotNet's report names nested types with '.', not '+'.
        string type = typeof(SampleBenchmarks).FullName!.Replace('+', '.');

        Assert.Equal("fork", Find(type, nameof(SampleBenchmarks.Plain)));
        Assert.Equal("cow", Find(type, nameof(SampleBenchmarks.WithOwnCategory)));
    }

    [Fact]
    public void Unknown_types_have_no_category()
    {
        Assert.Null(Find("Nowhere.Benchmarks", "Run"));
        Assert.Null(BenchmarkCategoryLookup.Find("Nowhere.Benchmarks", "Run"));
    }
}
