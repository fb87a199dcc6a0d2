using System.CommandLine;
using System.CommandLine.Help;

namespace ForkBench.Benchmarks.Cli;

/// <summary>The command tree: every command in the order --help lists them, help and --version.</summary>
public static class CommandCatalog
{
    /// <summary>Help is wrapped for an 80-column terminal, like everything else the tool prints.</summary>
    public const int HelpWidth = 80;

    public const string Description = "ForkBench: what fork() costs on Linux, and why.";

    public const string Details =
        """
        With no command, 'run' runs (the quick default suite). Arguments that
        start with an option ForkBench does not know are BenchmarkDotNet's and
        run the model suite: forkbench --filter '*Fork*' is forkbench model
        --filter '*Fork*'. Run 'forkbench <command> --help' for a command's
        options.
        """;

    public static RootCommand Create()
    {
        var root = new RootCommand(Description) { HelpName = "forkbench" };
        foreach (ForkBenchCommand command in (ForkBenchCommand[])
            [new RunCommand(), new ModelCommand(), new NativeCommand(), new CountsCommand(), new FloorRatioCommand(), new ScenariosCommand(), new StudyCommand(),
             new CalibrateCommand(), new PredictCommand(), new ExplainCommand(), new ImportCommand(), new CompareCommand(), new BaselineCommand(), new HistoryCommand(), new ReportCommand()])
            root.Subcommands.Add(command);
        foreach (Option option in root.Options)
        {
            if (option is HelpOption help)
                help.Action = new DetailedHelpAction(new HelpAction { MaxWidth = HelpWidth });
            else if (option is VersionOption version)
                version.Action = new ToolVersionAction();
        }
        return root;
    }
}
