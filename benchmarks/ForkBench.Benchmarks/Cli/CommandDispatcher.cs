using System.CommandLine;

namespace ForkBench.Benchmarks.Cli;

/// <summary>Parses the command line with System.CommandLine, runs the command and turns failures into exit codes.</summary>
public static class CommandDispatcher
{
    /// <summary>The command run when no argument is given.</summary>
    public const string DefaultCommand = "run";

    /// <summary>The command that takes BenchmarkDotNet's arguments when no command word is given.</summary>
    public const string BenchmarkDotNetCommand = "model";

    public static int Dispatch(string[] args, TextWriter output, TextWriter error)
    {
        RootCommand root = CommandCatalog.Create();
        // Arguments go to BenchmarkDotNet as given: no response files, no
        // bundling of single-letter options.
        var parser = new ParserConfiguration { ResponseFileTokenReplacer = null, EnablePosixBundling = false };
        ParseResult parsed = root.Parse(Route(root, args), parser);
        string name = parsed.CommandResult.Command == root ? "forkbench" : $"forkbench {CommandPath(parsed.CommandResult.Command)}";
        if (parsed.Errors.Count > 0 && parsed.Action is not System.CommandLine.Invocation.CommandLineAction { ClearsParseErrors: true })
        {
            error.WriteLine($"{name}: {ParseErrorLine.For(parsed)}");
            return ExitCodes.UsageOrDataError;
        }
        if (parsed.Action is null)
        {
            error.WriteLine($"{name}: say which command to run (forkbench --help lists them)");
            return ExitCodes.UsageOrDataError;
        }

        try
        {
            return parsed.Invoke(new InvocationConfiguration { Output = output, Error = error, EnableDefaultExceptionHandler = false });
        }
        catch (UsageException e)
        {
            error.WriteLine($"{name}: {e.Message}");
            return ExitCodes.UsageOrDataError;
        }
        catch (Exception e) when (e is Results.ResultsDataException or IOException or UnauthorizedAccessException)
        {
            // An expected failure (bad data, a folder that cannot be written):
            // one line, never a stack trace.
            error.WriteLine($"{name}: {e.Message.ReplaceLineEndings(" ")}");
            return ExitCodes.UsageOrDataError;
        }
    }

    /// <summary>
    /// No arguments: the default run. A first argument that is an option
    /// ForkBench does not know: BenchmarkDotNet arguments for the model
    /// suite. "help [command]" is the same as "[command] --help".
    /// </summary>
    private static string[] Route(RootCommand root, string[] args)
    {
        if (args.Length == 0)
            return [DefaultCommand];
        if (args[0] == "help")
            return [.. args[1..], "--help"];
        bool rootOption = root.Options.Any(o => o.Name == args[0] || o.Aliases.Contains(args[0]));
        return args[0].StartsWith('-') && !rootOption ? [BenchmarkDotNetCommand, .. args] : args;
    }

    private static string CommandPath(Command command) =>
        command.Parents.OfType<Command>().FirstOrDefault() is { } parent and not RootCommand
            ? $"{CommandPath(parent)} {command.Name}"
            : command.Name;
}
