namespace ForkBench.Benchmarks.Cli;

/// <summary>Chooses the command from the first argument and turns failures into exit codes.</summary>
public static class CommandDispatcher
{
    /// <summary>The command run when no argument is given.</summary>
    public const string DefaultCommand = "run";

    public static int Dispatch(string[] args, TextWriter output, TextWriter error)
    {
        if (args.Length > 0 && args[0] is "--help" or "-h" or "help" or "-?")
        {
            if (args.Length > 1 && CommandCatalog.Find(args[1]) is { } named)
                output.WriteLine(named.Help);
            else
                WriteOverview(output);
            return ExitCodes.Success;
        }

        string name = args.Length == 0 ? DefaultCommand : args[0];
        ICommand? command = CommandCatalog.Find(name);
        string[] rest = args.Length == 0 ? [] : args[1..];
        if (command is null)
        {
            if (args.Length > 0 && args[0].StartsWith('-'))
            {
                // Not a command word: BenchmarkDotNet arguments for the model suite.
                command = CommandCatalog.Find("model");
                rest = args;
            }
            if (command is null)
            {
                error.WriteLine($"forkbench: unknown command '{name}'. Run with --help for the list.");
                return ExitCodes.UsageOrDataError;
            }
        }

        if (rest.Length > 0 && rest[0] is "--help" or "-h")
        {
            output.WriteLine(command.Help);
            return ExitCodes.Success;
        }

        try
        {
            return command.Run(new CommandArguments(rest, command.FlagNames), output, error);
        }
        catch (UsageException e)
        {
            error.WriteLine($"forkbench {command.Name}: {e.Message}");
            return ExitCodes.UsageOrDataError;
        }
        catch (Exception e) when (e is Results.ResultsDataException or IOException or UnauthorizedAccessException)
        {
            // An expected failure (bad data, a folder that cannot be written):
            // one line, never a stack trace.
            error.WriteLine($"forkbench {command.Name}: {e.Message.ReplaceLineEndings(" ")}");
            return ExitCodes.UsageOrDataError;
        }
    }

    private static void WriteOverview(TextWriter output)
    {
        output.WriteLine("ForkBench: what fork() costs on Linux, and why.");
        output.WriteLine();
        output.WriteLine("Usage: forkbench [command] [options]");
        output.WriteLine("       forkbench --filter '*Fork*'   (BenchmarkDotNet arguments run the model suite)");
        output.WriteLine();
        output.WriteLine("Commands:");
        foreach (ICommand command in CommandCatalog.All)
            output.WriteLine($"  {command.Name,-10} {command.Summary}");
        output.WriteLine();
        output.WriteLine("Run 'forkbench <command> --help' for a command's options.");
    }
}
