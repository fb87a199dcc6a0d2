using BenchmarkDotNet.Loggers;
using BenchmarkDotNet.Toolchains;
using BenchmarkDotNet.Toolchains.CsProj;
using BenchmarkDotNet.Toolchains.DotNetCli;

namespace ForkBench.Benchmarks.Model;

/// <summary>
/// BenchmarkDotNet's out-of-process .NET toolchain, told where the project
/// is. Its own search looks for a project file named after the assembly
/// (ForkBench.csproj) and fails, because the entry point's assembly is
/// ForkBench while its project is ForkBench.Benchmarks.csproj.
/// </summary>
public static class ModelProjectToolchain
{
    public const string ProjectFileName = "ForkBench.Benchmarks.csproj";

    private const string TargetFramework = "net10.0";

    public static IToolchain Instance { get; } = Create();

    private static IToolchain Create()
    {
        IToolchain standard = CsProjCoreToolchain.From(new NetCoreAppSettings(TargetFramework, runtimeFrameworkVersion: null!, name: ".NET 10.0"));
        return new Toolchain($"{standard.Name} ({ProjectFileName})", new ProjectGenerator(), standard.Builder, standard.Executor);
    }

    /// <summary>
    /// The project file nearest above the benchmark assembly: in a folder on
    /// the way up (the build output lies under the project), or in
    /// benchmarks/ForkBench.Benchmarks/ of the repository root on the way up
    /// (a copy of the assembly in another project's output).
    /// </summary>
    public static FileInfo FindProjectFile(string assemblyLocation)
    {
        for (var dir = new FileInfo(assemblyLocation).Directory; dir is not null; dir = dir.Parent)
        {
            foreach (string candidate in (string[])[ProjectFileName, Path.Combine("benchmarks", "ForkBench.Benchmarks", ProjectFileName)])
            {
                var project = new FileInfo(Path.Combine(dir.FullName, candidate));
                if (project.Exists)
                    return project;
            }
        }
        throw new FileNotFoundException($"no {ProjectFileName} above {assemblyLocation}: run the benchmarks from their build output");
    }

    private sealed class ProjectGenerator() : CsProjGenerator(TargetFramework, cliPath: null!, packagesPath: null!, runtimeFrameworkVersion: null!)
    {
        protected override FileInfo GetProjectFilePath(Type benchmarkTarget, ILogger logger) =>
            FindProjectFile(benchmarkTarget.Assembly.Location);
    }
}
