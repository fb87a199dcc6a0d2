using System.CommandLine;

namespace ForkBench.Benchmarks.Cli;

/// <summary>
/// One sub-command of the ForkBench command line: its word, its one-line
/// description (the command list), the longer explanation its --help adds,
/// and the body that runs with the writers the dispatcher was given.
/// </summary>
public abstract class ForkBenchCommand : Command
{
    protected ForkBenchCommand(string name, string description) : base(name, description) =>
        SetAction(parsed => Run(parsed, parsed.InvocationConfiguration.Output, parsed.InvocationConfiguration.Error));

    /// <summary>What --help says after the description: what the command does, defaults, exit codes.</summary>
    public abstract string Details { get; }

    /// <summary>Runs the command. Returns the process exit code.</summary>
    protected abstract int Run(ParseResult parsed, TextWriter output, TextWriter error);
}
