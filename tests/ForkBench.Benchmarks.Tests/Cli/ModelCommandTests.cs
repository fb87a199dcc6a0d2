using ForkBench.Benchmarks.Cli;
using ForkBench.Benchmarks.Model;
using ForkBench.Benchmarks.Tests.Support;

namespace ForkBench.Benchmarks.Tests.Cli;

public class ModelCommandTests
{
    [Fact]
    public void QuickIsTheDefaultAndPresetFlagsDoNotReachBenchmarkDotNet()
    {
        Assert.Equal("Quick --filter *", Text(ModelCommand.ParsePreset(["--filter", "*"])));
        Assert.Equal("Full --list flat", Text(ModelCommand.ParsePreset(["--full", "--list", "flat"])));
        Assert.Equal("Quick --job short", Text(ModelCommand.ParsePreset(["--job", "short", "--quick"])));
    }

    [Fact]
    public void QuickAndFullTogetherAreAUsageError() =>
        Assert.Throws<UsageException>(() => ModelCommand.ParsePreset(["--quick", "--full"]));

    [Fact]
    public void PresetFlagsGoToTheModelCommand()
    {
        Assert.Contains("quick", new ModelCommand().FlagNames);
        Assert.Contains("full", new ModelCommand().FlagNames);
    }

    [Fact]
    public void ArtifactsGoUnderResultsRunsWithATimestamp()
    {
        string path = ModelConfig.DefaultArtifactsPath(new DateTime(2026, 11, 21, 23, 5, 9, DateTimeKind.Utc));
        Assert.EndsWith(Path.Combine("results", "runs", "model-20261121-230509"), path);
    }

    [Fact]
    public void TheDefaultRunsArtifactsGoUnderItsOwnResultsFolder()
    {
        string path = ModelConfig.ArtifactsPath(Path.Combine("elsewhere", "results"), new DateTime(2026, 11, 21, 23, 5, 9, DateTimeKind.Utc));
        Assert.Equal(Path.Combine("elsewhere", "results", "runs", "model-20261121-230509"), path);
    }

    [Fact]
    public void TheQuickConfigRunsInProcessAndTheFullOneDoesNot()
    {
        var quick = ModelConfig.Create(ModelPreset.Quick, withJob: true, "/tmp/x");
        var full = ModelConfig.Create(ModelPreset.Full, withJob: true, "/tmp/x");
        Assert.Equal("quick", Assert.Single(quick.GetJobs()).Id);
        Assert.Equal("full", Assert.Single(full.GetJobs()).Id);
        Assert.IsType<BenchmarkDotNet.Toolchains.InProcess.Emit.InProcessEmitToolchain>(ModelConfig.QuickJob.Infrastructure.Toolchain);
        Assert.Same(ModelProjectToolchain.Instance, ModelConfig.FullJob.Infrastructure.Toolchain);
        var commandLineJob = Assert.Single(ModelConfig.Create(ModelPreset.Quick, withJob: false, "/tmp/x").GetJobs());
        Assert.True(commandLineJob.Meta.IsMutator);
        Assert.Same(ModelProjectToolchain.Instance, commandLineJob.Infrastructure.Toolchain);
    }

    [Fact]
    public void TheOutOfProcessToolchainFindsTheBenchmarkProjectAboveTheAssembly()
    {
        FileInfo project = ModelProjectToolchain.FindProjectFile(typeof(ModelCommand).Assembly.Location);
        Assert.Equal("ForkBench.Benchmarks.csproj", project.Name);
        Assert.True(project.Exists);
    }

    private static string Text((ModelPreset Preset, string[] Arguments) parsed) => string.Join(' ', [parsed.Preset.ToString(), .. parsed.Arguments]);

    [Theory]
    [InlineData("--frobnicate")]
    [InlineData("model", "--bogus")]
    public void Unknown_options_are_one_line_and_exit_2(params string[] args)
    {
        var result = Support.Cli.Run(args);
        Assert.Equal(ExitCodes.UsageOrDataError, result.ExitCode);
        Assert.Contains("is unknown", Assert.Single(result.ErrorLines));
        Assert.Empty(result.Output);
    }

    [Fact]
    public void A_filter_that_matches_nothing_is_exit_2_and_runs_nothing()
    {
        var result = Support.Cli.Run("model", "--filter", "nomatch*");
        Assert.Equal(ExitCodes.UsageOrDataError, result.ExitCode);
        Assert.Contains("matches no model benchmark", Assert.Single(result.ErrorLines));
        Assert.Empty(result.Output);
    }

    [Fact]
    public void ForkBench_ids_are_filters()
    {
        var (passedOn, idGlobs) = BenchmarkArguments.TakeIdFilters(["--filter", "model/floor/*", "--list", "flat"]);
        Assert.Equal(["--list", "flat", "--filter", "*"], passedOn);
        Assert.Equal(["model/floor/*"], idGlobs);

        var filter = new ModelIdFilter(idGlobs);
        var config = ModelConfig.Create(ModelPreset.Quick, withJob: true, "/tmp/x");
        var floor = BenchmarkDotNet.Running.BenchmarkConverter.TypeToBenchmarks(typeof(PhysicalFloorBenchmarks), config).BenchmarksCases;
        var exit = BenchmarkDotNet.Running.BenchmarkConverter.TypeToBenchmarks(typeof(ChildExitBenchmarks), config).BenchmarksCases;
        Assert.NotEmpty(floor);
        Assert.All(floor, c => Assert.True(filter.Predicate(c), ModelBenchmarkId.For(c)));
        Assert.All(exit, c => Assert.False(filter.Predicate(c), ModelBenchmarkId.For(c)));
        // The id as the benchmark table prints it selects exactly that case.
        string one = ModelBenchmarkId.For(floor[0]);
        Assert.Single(floor, c => new ModelIdFilter([one]).Predicate(c));
    }

    [Fact]
    public void Name_globs_alone_go_to_BenchmarkDotNet_unchanged()
    {
        var (passedOn, idGlobs) = BenchmarkArguments.TakeIdFilters(["--filter", "*Fork*", "*Floor*", "--job", "short"]);
        Assert.Equal(["--filter", "*Fork*", "*Floor*", "--job", "short"], passedOn);
        Assert.Empty(idGlobs);
    }
}
