using ForkBench.Benchmarks.Cli;

namespace ForkBench.Benchmarks;

/// <summary>
/// The single entry point. With no arguments it runs the default pipeline;
/// a first argument naming a command runs that command; anything else is
/// handed to BenchmarkDotNet (so --filter, --list, --job, --exporters work
/// exactly as in any BenchmarkDotNet program).
/// </summary>
public static class Program
{
    public static int Main(string[] args) => CommandDispatcher.Dispatch(args, Console.Out, Console.Error);
}
