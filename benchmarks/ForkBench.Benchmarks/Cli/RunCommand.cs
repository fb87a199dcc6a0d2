namespace ForkBench.Benchmarks.Cli;

/// <summary>
/// The default run (no arguments): the quick default suite. For now the
/// exact model counts of every variant and layout at 256 MiB; the timed
/// suites join it as they are wired into the pipeline.
/// </summary>
public sealed class RunCommand : ICommand
{
    public string Name => "run";

    public string Summary => "the quick default suite (what runs with no arguments)";

    public string Help =>
        """
        Usage: forkbench run

        Runs the quick default suite: the exact per-fork operation counts of every
        model variant for 4 KiB pages, 64 KiB folios, PTE-mapped 2 MiB folios and
        PMD-mapped THP, unpinned, 1/64 pinned and fully pinned, at 256 MiB.
        """;

    public int Run(CommandArguments arguments, TextWriter output, TextWriter error)
    {
        arguments.ThrowOnUnused();
        var counts = new CountsCommand();
        return counts.Run(new CommandArguments(["--size", "256MiB"], counts.FlagNames), output, error);
    }
}
