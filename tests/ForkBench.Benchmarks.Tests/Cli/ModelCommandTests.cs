using ForkBench.Benchmarks.Cli;
using ForkBench.Benchmarks.Model;

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
}
