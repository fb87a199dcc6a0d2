using BenchmarkDotNet.ConsoleArguments;
using BenchmarkDotNet.Loggers;

namespace ForkBench.Benchmarks.Cli;

/// <summary>
/// The BenchmarkDotNet arguments of <c>model</c>, checked before anything
/// runs: BenchmarkDotNet answers an unknown option with pages of usage and
/// exit 0; here it is one line and exit 2. ForkBench ids given to --filter
/// (<c>model/floor/*</c>) are taken out and become an id filter, since
/// BenchmarkDotNet's own globs only see type and method names.
/// </summary>
/// <param name="PassedOn">The arguments BenchmarkDotNet gets.</param>
/// <param name="IdGlobs">Globs over ForkBench ids (and names), empty when none was given.</param>
/// <param name="NameGlobs">BenchmarkDotNet's own --filter globs, as it parsed them.</param>
/// <param name="Lists">--list: BenchmarkDotNet prints the benchmarks and runs none.</param>
public sealed record BenchmarkArguments(string[] PassedOn, IReadOnlyList<string> IdGlobs, IReadOnlyList<string> NameGlobs, bool Lists)
{
    /// <exception cref="UsageException">BenchmarkDotNet would refuse the arguments.</exception>
    public static BenchmarkArguments Parse(string[] arguments)
    {
        var (passedOn, idGlobs) = TakeIdFilters(arguments);
        if (passedOn.Length == 0 || !passedOn.Any(a => a is "--filter" or "-f" || a.StartsWith("--filter=", StringComparison.Ordinal)))
            passedOn = [.. passedOn, "--filter", "*"];
        var log = new AccumulationLogger();
        var (isSuccess, _, options) = ConfigParser.Parse(passedOn, log);
        if (!isSuccess)
            throw new UsageException($"{FirstError(log.GetLog())} (BenchmarkDotNet's options: model --list flat lists the benchmarks, model --help the presets)");
        bool lists = options is not null && options.ListBenchmarkCaseMode != BenchmarkDotNet.ConsoleArguments.ListBenchmarks.ListBenchmarkCaseMode.Disabled;
        return new BenchmarkArguments(passedOn, idGlobs, [.. options?.Filters ?? []], lists);
    }

    /// <summary>Moves every --filter value that is a ForkBench id glob ("model/...") out of the arguments.</summary>
    internal static (string[] PassedOn, IReadOnlyList<string> IdGlobs) TakeIdFilters(string[] arguments)
    {
        var passedOn = new List<string>();
        var idGlobs = new List<string>();
        var nameGlobs = new List<string>();
        bool anyFilter = false;
        for (int i = 0; i < arguments.Length; i++)
        {
            string argument = arguments[i];
            if (argument.StartsWith("--filter=", StringComparison.Ordinal))
            {
                anyFilter = true;
                Sort(argument["--filter=".Length..], idGlobs, nameGlobs);
                continue;
            }
            if (argument is not ("--filter" or "-f"))
            {
                passedOn.Add(argument);
                continue;
            }
            anyFilter = true;
            // BenchmarkDotNet's --filter takes every value up to the next option.
            while (i + 1 < arguments.Length && !arguments[i + 1].StartsWith('-'))
                Sort(arguments[++i], idGlobs, nameGlobs);
        }
        if (anyFilter && idGlobs.Count == 0)
            return (arguments, []);
        if (idGlobs.Count > 0)
        {
            // With an id filter the two kinds are alternatives: a name glob is
            // matched by the id filter as well, so BenchmarkDotNet gets "*".
            idGlobs.AddRange(nameGlobs);
            passedOn.AddRange(["--filter", "*"]);
        }
        return ([.. passedOn], idGlobs);
    }

    private static void Sort(string value, List<string> idGlobs, List<string> nameGlobs) =>
        (value.StartsWith(Results.Importing.BenchmarkIdMapper.Prefix + "/", StringComparison.OrdinalIgnoreCase) ? idGlobs : nameGlobs).Add(value);

    private static string FirstError(string log)
    {
        string[] lines = log.Split('\n', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
        int errors = Array.FindIndex(lines, l => l.StartsWith("ERROR(S)", StringComparison.Ordinal));
        if (errors >= 0 && errors + 1 < lines.Length)
            return lines[errors + 1];
        return lines.FirstOrDefault(l => l.Contains("unknown", StringComparison.OrdinalIgnoreCase) || l.Contains("invalid", StringComparison.OrdinalIgnoreCase))
            ?? "BenchmarkDotNet did not accept the arguments";
    }
}
