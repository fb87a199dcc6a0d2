using ForkBench.Results.Importing;

namespace ForkBench.Results.Tests.Importing;

public class BenchmarkIdMapperTests
{
    [Theory]
    [InlineData("CopyPteRange", "copy-pte-range")]
    [InlineData("THPEnabled", "thp-enabled")]
    [InlineData("RssBytes", "rss-bytes")]
    [InlineData("Rss_Bytes", "rss-bytes")]
    [InlineData("Merged510", "merged-510")]
    [InlineData("Fork1GiB", "fork-1gib")]
    [InlineData("Floor64MiB", "floor-64mib")]
    [InlineData("fork", "fork")]
    [InlineData("copy-pte-range", "copy-pte-range")]
    public void Kebab_case(string name, string expected) => Assert.Equal(expected, BenchmarkIdMapper.Kebab(name));

    [Fact]
    public void Parameters_are_sorted_so_declaration_order_does_not_matter()
    {
        string a = BenchmarkIdMapper.ToId("Fork", "CopyPteRange", [new("Rss", "1GiB"), new("Pinned", "1-64"), new("Variant", "merged-5.10")]);
        string b = BenchmarkIdMapper.ToId("Fork", "CopyPteRange", [new("Variant", "merged-5.10"), new("Rss", "1GiB"), new("Pinned", "1-64")]);

        Assert.Equal("model/fork/copy-pte-range/pinned=1-64/rss=1gib/variant=merged-5.10", a);
        Assert.Equal(a, b);
    }

    [Fact]
    public void Values_are_lower_case_as_in_the_benchmark_table()
    {
        // BenchmarkDotNet's JSON says "False" where the benchmark table's id column says "false".
        Assert.Equal("model/floor/floor-64mib/wrprotect=false", BenchmarkIdMapper.ToId("floor", "Floor64MiB", [new("Wrprotect", "False")]));
    }

    [Fact]
    public void Unsafe_characters_in_values_cannot_break_the_id()
    {
        string id = BenchmarkIdMapper.ToId("fork", "Run", [new("Path", "a/b c")]);
        Assert.Equal("model/fork/run/path=a_b_c", id);
    }

    [Theory]
    [InlineData("ForkBench.Benchmarks.CopyPteRangeBenchmarks", "copy-pte-range")]
    [InlineData("ForkBenchmark", "fork")]
    [InlineData("Outer+InnerBench", "inner-bench")]
    [InlineData("Benchmarks", "benchmarks")]
    public void Fallback_category(string type, string expected) => Assert.Equal(expected, BenchmarkIdMapper.FallbackCategory(type));

    [Theory]
    [InlineData("Pages=64&Kind=anon-4k", 2)]
    [InlineData("", 0)]
    [InlineData(null, 0)]
    [InlineData("Expr=a=b", 1)]
    public void Parameter_parsing(string? text, int count) => Assert.Equal(count, BenchmarkDotNetParameters.Parse(text).Count);
}
