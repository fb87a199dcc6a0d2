namespace ForkBench.Benchmarks.Cli;

/// <summary>One sub-command of the ForkBench command line.</summary>
public interface ICommand
{
    /// <summary>The word that selects the command (e.g. "compare").</summary>
    string Name { get; }

    /// <summary>One line for the command list.</summary>
    string Summary { get; }

    /// <summary>The full help text: usage line, options and defaults.</summary>
    string Help { get; }

    /// <summary>Options that take no value (everything else after "--name" takes one).</summary>
    IReadOnlySet<string> FlagNames => EmptyFlags;

    private static readonly IReadOnlySet<string> EmptyFlags = new HashSet<string>();

    /// <summary>Runs the command. Returns the process exit code.</summary>
    int Run(CommandArguments arguments, TextWriter output, TextWriter error);
}
