using ForkBench.Benchmarks.Cli;

namespace ForkBench.Benchmarks.Tests.Support;

/// <summary>Runs the real command dispatcher with captured output.</summary>
public static class Cli
{
    public sealed record Result(int ExitCode, string Output, string Error)
    {
        public string[] ErrorLines => Error.Split('\n', StringSplitOptions.RemoveEmptyEntries);
    }

    public static Result Run(params string[] args)
    {
        var output = new StringWriter { NewLine = "\n" };
        var error = new StringWriter { NewLine = "\n" };
        int code = CommandDispatcher.Dispatch(args, output, error);
        return new Result(code, output.ToString(), error.ToString());
    }
}
