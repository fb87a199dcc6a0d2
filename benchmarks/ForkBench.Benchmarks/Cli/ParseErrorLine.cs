using System.CommandLine;

namespace ForkBench.Benchmarks.Cli;

/// <summary>
/// Reduces System.CommandLine's parse errors to the one line ForkBench
/// prints for bad usage: an unknown option or command with the nearest known
/// name, else the first error. The library's own report is a list followed
/// by the whole help text.
/// </summary>
public static class ParseErrorLine
{
    public static string For(ParseResult parsed)
    {
        Command command = parsed.CommandResult.Command;
        if (parsed.UnmatchedTokens.Count > 0)
        {
            string token = parsed.UnmatchedTokens[0];
            if (token.StartsWith('-'))
                return UnknownOption(token, command);
            if (command.Subcommands.Count > 0)
                return $"unknown command '{token}'{Suggestion(token, command.Subcommands.SelectMany(c => c.Aliases.Prepend(c.Name)))}";
            return $"unexpected argument '{token}'";
        }
        return parsed.Errors[0].Message.ReplaceLineEndings(" ");
    }

    /// <summary>"unknown option --treshold (did you mean --threshold?)".</summary>
    public static string UnknownOption(string token, Command command)
    {
        string name = token.Split('=', 2)[0];
        return $"unknown option {name}{Suggestion(name, OptionNames(command))}";
    }

    /// <summary>Every option the command takes, its own and those inherited from above (--help).</summary>
    private static IEnumerable<string> OptionNames(Command command) =>
        command.Options.Concat(command.Parents.OfType<Command>().SelectMany(p => p.Options.Where(o => o.Recursive)))
            .Where(o => !o.Hidden)
            .SelectMany(o => o.Aliases.Prepend(o.Name));

    /// <summary>" (did you mean --threshold?)" when a known name is a small edit away, else nothing.</summary>
    private static string Suggestion(string given, IEnumerable<string> known)
    {
        var best = known
            .Distinct(StringComparer.Ordinal)
            .Select(name => (Name: name, Distance: EditDistance(given, name)))
            .Where(c => c.Distance <= Math.Max(1, c.Name.Length / 3))
            .OrderBy(c => c.Distance)
            .ThenBy(c => c.Name, StringComparer.Ordinal)
            .FirstOrDefault();
        return best.Name is null ? "" : $" (did you mean {best.Name}?)";
    }

    /// <summary>Levenshtein distance: insertions, deletions and substitutions.</summary>
    private static int EditDistance(string a, string b)
    {
        var previous = new int[b.Length + 1];
        var current = new int[b.Length + 1];
        for (int j = 0; j <= b.Length; j++)
            previous[j] = j;
        for (int i = 1; i <= a.Length; i++)
        {
            current[0] = i;
            for (int j = 1; j <= b.Length; j++)
            {
                int substitution = previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1);
                current[j] = Math.Min(substitution, Math.Min(previous[j], current[j - 1]) + 1);
            }
            (previous, current) = (current, previous);
        }
        return previous[b.Length];
    }
}
