using System.CommandLine;
using System.CommandLine.Invocation;
using ForkBench.Results.Documents;

namespace ForkBench.Benchmarks.Cli;

/// <summary>
/// --version: the tool version that run documents record. The library's own
/// action reads the entry assembly, which is the test host under a test.
/// </summary>
public sealed class ToolVersionAction : SynchronousCommandLineAction
{
    public override int Invoke(ParseResult parseResult)
    {
        parseResult.InvocationConfiguration.Output.WriteLine(RunInfoFactory.ToolVersion());
        return ExitCodes.Success;
    }
}
