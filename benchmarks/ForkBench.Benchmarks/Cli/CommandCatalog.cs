namespace ForkBench.Benchmarks.Cli;

/// <summary>Every command the entry point knows, in the order --help lists them.</summary>
public static class CommandCatalog
{
    public static IReadOnlyList<ICommand> All { get; } =
    [
        new RunCommand(),
        new ModelCommand(),
        new NativeCommand(),
        new CountsCommand(),
        new ScenariosCommand(),
        new ImportCommand(),
        new CompareCommand(),
        new BaselineCommand(),
        new HistoryCommand(),
        new ReportCommand(),
    ];

    public static ICommand? Find(string name) =>
        All.FirstOrDefault(c => string.Equals(c.Name, name, StringComparison.Ordinal));
}
