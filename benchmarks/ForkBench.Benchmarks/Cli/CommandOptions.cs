using System.CommandLine;
using System.CommandLine.Parsing;
using System.Globalization;
using ForkBench.Results.Comparison;

namespace ForkBench.Benchmarks.Cli;

/// <summary>
/// The kinds of option ForkBench commands take. Values are checked while
/// parsing, so a bad value is one line naming the option before anything
/// runs. Numbers are nullable: an option that was not given reads as null and
/// the command applies its default (which may depend on a preset).
/// </summary>
public static class CommandOptions
{
    /// <summary>A switch that takes no value (<c>--flag=true</c> is refused, as before).</summary>
    public static Option<bool> Flag(string name, string description) =>
        new("--" + name) { Description = description, Arity = ArgumentArity.Zero };

    /// <summary>A text value checked by the command that reads it (a path, a list, an id).</summary>
    public static Option<string> Text(string name, string helpName, string description) =>
        new("--" + name) { Description = description, HelpName = helpName };

    public static Option<int?> Integer(string name, string helpName, string description, int min, int max) =>
        Ranged(name, helpName, description, min, max, "an integer",
            text => int.TryParse(text, NumberStyles.Integer, CultureInfo.InvariantCulture, out int value) ? value : null);

    public static Option<double?> Number(string name, string helpName, string description, double min, double max) =>
        Ranged(name, helpName, description, min, max, "a number",
            text => double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out double value) ? value : null);

    /// <summary>A value in [min, max]; NaN compares below every number, so it is refused too.</summary>
    private static Option<T?> Ranged<T>(string name, string helpName, string description, T min, T max, string kind, Func<string, T?> parse)
        where T : struct, IComparable<T> =>
        new("--" + name)
        {
            Description = description,
            HelpName = helpName,
            CustomParser = result => parse(Single(result)) is { } value && value.CompareTo(min) >= 0 && value.CompareTo(max) <= 0
                ? value
                : Refuse<T?>(result, string.Create(CultureInfo.InvariantCulture, $"option --{name}: '{Single(result)}' is not {kind} in [{min}, {max}]")),
        };

    /// <summary>A share, as <see cref="FractionText"/> reads it: "5%" or "0.05" (a bare 5 is ambiguous and refused).</summary>
    public static Option<double?> Share(string name, string description, double min, double max) =>
        new("--" + name)
        {
            Description = description,
            HelpName = "share",
            CustomParser = result =>
            {
                string text = Single(result);
                if (!FractionText.TryParse(text, out double value))
                    return Refuse<double?>(result, $"option --{name}: '{text}' is not {FractionText.Rule}");
                if (value < min || value > max)
                    return Refuse<double?>(result, $"option --{name}: '{text}' is outside {FractionText.Format(min)}..{FractionText.Format(max)}");
                return value;
            },
        };

    /// <summary>
    /// Positional paths. System.CommandLine hands an unknown option to the
    /// command's arguments as a value; here it is refused as an option.
    /// </summary>
    public static Argument<string[]> Paths(string name, string helpName, string description)
    {
        var argument = new Argument<string[]>(name) { Description = description, HelpName = helpName, Arity = ArgumentArity.ZeroOrMore };
        argument.Validators.Add(result =>
        {
            if (result.Tokens.FirstOrDefault(t => t.Value.StartsWith('-')) is { } option && result.Parent is CommandResult command)
                result.AddError(ParseErrorLine.UnknownOption(option.Value, command.Command));
        });
        return argument;
    }

    private static string Single(ArgumentResult result) => result.Tokens.Count > 0 ? result.Tokens[^1].Value : "";

    private static T? Refuse<T>(ArgumentResult result, string message)
    {
        result.AddError(message);
        return default;
    }
}
