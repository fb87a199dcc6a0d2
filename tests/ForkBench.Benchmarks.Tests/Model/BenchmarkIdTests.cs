using ForkBench.Benchmarks.Model;

namespace ForkBench.Benchmarks.Tests.Model;

public class BenchmarkIdTests
{
    [Fact]
    public void IdsNameCategoryMethodAndEveryParameter()
    {
        var ids = SuiteCases.Of(typeof(ForkPinnedShareBenchmarks), ModelPreset.Quick).Select(ModelBenchmarkId.For).ToList();
        Assert.Contains("model/fork-pinned-share/v5.8/anon-4k/pin=every-64th/rss=64mib", ids);
        Assert.Contains("model/fork-pinned-share/merged-5.10/anon-4k/pin=unpinned-all/rss=64mib", ids);
        Assert.Contains("model/fork-pinned-share/pte-batch-6.9/anon-4k/pin=none/refs=every-64th/rss=64mib", ids);
    }

    [Fact]
    public void A_model_case_and_the_native_point_of_the_same_process_share_the_tail()
    {
        var ids = SuiteCases.Of(typeof(ForkLayoutBenchmarks), ModelPreset.Quick).Select(ModelBenchmarkId.For).ToList();
        string native = new ForkBench.Native.Scenarios.NativeScenario(ForkBench.Native.Scenarios.SpawnKind.Fork,
            new ForkBench.Scenarios.ProcessScenario { Pins = ForkBench.Scenarios.PinShare.All }).IdFor(1L << 30);

        Assert.Equal("native/fork/anon-4k/pin=all/rss=1gib", native);
        Assert.Contains("model/fork-layout/v5.8/anon-4k/pin=all/rss=1gib", ids);
        Assert.Contains("model/fork-layout/v5.8/anon-thp/pin=all/rss=1gib", ids);
    }

    [Fact]
    public void FloorIdsNameSizePlacementAndWriteProtect()
    {
        var ids = SuiteCases.Of(typeof(PhysicalFloorBenchmarks), ModelPreset.Full).Select(ModelBenchmarkId.For).ToList();
        Assert.Contains("model/floor/floor-1gib/placement=contiguous/wrprotect=false", ids);
        Assert.Contains("model/floor/floor-4gib/placement=scattered/wrprotect=true", ids);
    }

    [Fact]
    public void IdsAreUniqueAndStartWithTheConceptCategory()
    {
        var cases = SuiteCases.All(ModelPreset.Full);
        var ids = cases.Select(ModelBenchmarkId.For).ToList();
        Assert.Equal(ids.Count, ids.Distinct(StringComparer.Ordinal).Count());
        foreach (var benchmarkCase in cases)
            Assert.StartsWith($"model/{ModelBenchmarkId.Category(benchmarkCase.Descriptor.Type)}/", ModelBenchmarkId.For(benchmarkCase));
    }

    [Fact]
    public void IdsAreTheSameEveryTimeTheSuiteIsEnumerated()
    {
        var first = SuiteCases.All(ModelPreset.Full).Select(ModelBenchmarkId.For).ToList();
        var second = SuiteCases.All(ModelPreset.Full).Select(ModelBenchmarkId.For).ToList();
        Assert.Equal(first, second);
    }

    [Fact]
    public void AnInstanceWithTheCaseParametersHasTheCaseId()
    {
        foreach (var benchmarkCase in SuiteCases.All(ModelPreset.Full))
        {
            object instance = BenchmarkCaseInstances.Create(benchmarkCase);
            string fromInstance = ModelBenchmarkId.For(instance.GetType(), benchmarkCase.Descriptor.WorkloadMethod.Name, ParameterValues.Of(instance));
            Assert.Equal(ModelBenchmarkId.For(benchmarkCase), fromInstance);
        }
    }

    [Theory]
    [InlineData("64MiB", 64L << 20)]
    [InlineData("1GiB", 1L << 30)]
    [InlineData("4GiB", 4L << 30)]
    public void MethodNamesEndInTheirSize(string text, long bytes)
    {
        Assert.Equal(bytes, SizeParam.FromMethodName("Fork" + text));
    }
}
