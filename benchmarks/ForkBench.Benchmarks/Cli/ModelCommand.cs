using BenchmarkDotNet.Running;

namespace ForkBench.Benchmarks.Cli;

/// <summary>Runs the BenchmarkDotNet model suite; arguments go to BenchmarkDotNet unchanged.</summary>
public sealed class ModelCommand : ICommand
{
    public string Name => "model";

    public string Summary => "BenchmarkDotNet over the kernel model (arguments go to BenchmarkDotNet)";

    public string Help =>
        """
        Usage: forkbench model [BenchmarkDotNet arguments]

        Runs the model benchmarks with BenchmarkDotNet. Every BenchmarkDotNet
        switch works: --filter '*Fork*', --list flat, --job short, --exporters json.
        """;

    public int Run(CommandArguments arguments, TextWriter output, TextWriter error)
    {
        BenchmarkSwitcher.FromAssembly(typeof(ModelCommand).Assembly).Run([.. arguments.Raw]);
        return ExitCodes.Success;
    }
}
