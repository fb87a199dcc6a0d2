using System.CommandLine;
using System.CommandLine.Help;
using System.CommandLine.Invocation;

namespace ForkBench.Benchmarks.Cli;

/// <summary>
/// --help: System.CommandLine's help (description, usage, arguments,
/// options, commands), then the command's longer explanation. The
/// explanation is not the description because the command list shows each
/// description in full. A sub-command shows the explanation of its command.
/// </summary>
public sealed class DetailedHelpAction(HelpAction standard) : SynchronousCommandLineAction
{
    public override bool ClearsParseErrors => true;

    public override int Invoke(ParseResult parseResult)
    {
        standard.Invoke(parseResult);
        string? details = parseResult.CommandResult.Command switch
        {
            ForkBenchCommand command => command.Details,
            RootCommand => CommandCatalog.Details,
            // A sub-command (baseline show, study pinned-large-folio) is explained by its command's text.
            Command sub => sub.Parents.OfType<ForkBenchCommand>().FirstOrDefault()?.Details,
        };
        if (details is null)
            return ExitCodes.Success;
        TextWriter output = parseResult.InvocationConfiguration.Output;
        output.WriteLine("Details:");
        foreach (string line in details.TrimEnd().ReplaceLineEndings("\n").Split('\n'))
            output.WriteLine(line.Length == 0 ? "" : "  " + line);
        output.WriteLine();
        return ExitCodes.Success;
    }
}
