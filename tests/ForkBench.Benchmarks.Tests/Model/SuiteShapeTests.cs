using System.Reflection;
using BenchmarkDotNet.Attributes;
using ForkBench.Benchmarks.Model;

namespace ForkBench.Benchmarks.Tests.Model;

public class SuiteShapeTests
{
    private static readonly Type[] BenchmarkTypes = typeof(ModelSuite).Assembly.GetTypes()
        .Where(t => t.GetMethods().Any(m => m.GetCustomAttribute<BenchmarkAttribute>() is not null))
        .ToArray();

    [Fact]
    public void EveryBenchmarkClassIsInTheSuite()
    {
        Assert.NotEmpty(BenchmarkTypes);
        Assert.Equal(BenchmarkTypes.OrderBy(t => t.Name), ModelSuite.Types.OrderBy(t => t.Name));
    }

    [Fact]
    public void TheFloorRunsFirst() => Assert.Equal(typeof(PhysicalFloorBenchmarks), ModelSuite.Types[0]);

    [Fact]
    public void EveryBenchmarkClassHasItsOwnConceptCategoryAndModel()
    {
        var concepts = new HashSet<string>();
        foreach (Type type in ModelSuite.Types)
        {
            var categories = type.GetCustomAttribute<BenchmarkCategoryAttribute>()?.Categories;
            Assert.True(categories is { Length: > 0 }, $"{type.Name} has no [BenchmarkCategory]");
            Assert.Contains("model", categories);
            Assert.True(concepts.Add(categories[0]), $"{type.Name} shares its concept category {categories[0]}");
        }
    }

    [Fact]
    public void EveryCaseHasACategoryInBothPresets()
    {
        foreach (var preset in Enum.GetValues<ModelPreset>())
        {
            foreach (var benchmarkCase in SuiteCases.All(preset))
                Assert.NotEmpty(benchmarkCase.Descriptor.Categories);
        }
    }

    [Fact]
    public void EveryMethodCountsItsPtesAsOperations()
    {
        foreach (var benchmarkCase in SuiteCases.All(ModelPreset.Full))
        {
            string method = benchmarkCase.Descriptor.WorkloadMethod.Name;
            Assert.Equal(SizeParam.FromMethodName(method) >> 12, benchmarkCase.Descriptor.OperationsPerInvoke);
        }
    }

    [Fact]
    public void TheQuickPresetRunsASubsetOfTheFullOne()
    {
        var full = SuiteCases.All(ModelPreset.Full).Select(ModelBenchmarkId.For).ToHashSet();
        var quick = SuiteCases.All(ModelPreset.Quick).Select(ModelBenchmarkId.For).ToList();
        Assert.All(quick, id => Assert.Contains(id, full));
        Assert.True(quick.Count < full.Count);
    }

    [Fact]
    public void TheHeadlineTableHasEveryVariantAt1GiBNoneAndAllPinnedSmallAndThp()
    {
        var quick = SuiteCases.Of(typeof(ForkLayoutBenchmarks), ModelPreset.Quick).Select(ModelBenchmarkId.For).ToHashSet();
        foreach (string variant in ModelParams.AllVariants())
        {
            foreach (string layout in new[] { "4k", "thp" })
            {
                foreach (string pins in new[] { "none", "all" })
                    Assert.Contains($"model/fork-layout/{variant}/anon-{layout}/pin={pins}/rss=1gib", quick);
            }
        }
    }
}
