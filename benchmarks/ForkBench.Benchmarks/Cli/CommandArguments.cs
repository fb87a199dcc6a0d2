using System.Globalization;

namespace ForkBench.Benchmarks.Cli;

/// <summary>
/// The arguments after the command word: <c>--name value</c> options,
/// <c>--flag</c> switches and positional words. Every option a command reads
/// is marked as used; <see cref="ThrowOnUnused"/> rejects the rest, so a
/// misspelt option is an error rather than silently ignored.
/// </summary>
public sealed class CommandArguments
{
    private readonly Dictionary<string, List<string>> _options = new(StringComparer.Ordinal);
    private readonly HashSet<string> _flags = new(StringComparer.Ordinal);
    private readonly HashSet<string> _used = new(StringComparer.Ordinal);

    public IReadOnlyList<string> Positional { get; }

    /// <summary>The arguments as given, for commands that pass them on.</summary>
    public IReadOnlyList<string> Raw { get; }

    public CommandArguments(IReadOnlyList<string> args, IReadOnlySet<string>? flagNames = null)
    {
        Raw = args;
        var positional = new List<string>();
        for (int i = 0; i < args.Count; i++)
        {
            string arg = args[i];
            if (!arg.StartsWith("--", StringComparison.Ordinal) || arg == "--")
            {
                positional.Add(arg);
                continue;
            }
            string name = arg[2..];
            string? inlineValue = null;
            int eq = name.IndexOf('=');
            if (eq >= 0)
            {
                inlineValue = name[(eq + 1)..];
                name = name[..eq];
            }
            bool isFlag = inlineValue is null
                && (flagNames?.Contains(name) == true || i + 1 >= args.Count || args[i + 1].StartsWith("--", StringComparison.Ordinal));
            if (inlineValue is not null && flagNames?.Contains(name) == true)
                throw new UsageException($"option --{name} takes no value");
            if (isFlag)
            {
                _flags.Add(name);
                continue;
            }
            string value = inlineValue ?? args[++i];
            if (!_options.TryGetValue(name, out var list))
                _options[name] = list = [];
            list.Add(value);
        }
        Positional = positional;
    }

    public bool Flag(string name)
    {
        _used.Add(name);
        return _flags.Contains(name);
    }

    public string? Option(string name)
    {
        _used.Add(name);
        if (_flags.Contains(name))
            throw new UsageException($"option --{name} needs a value");
        return _options.TryGetValue(name, out var list) ? list[^1] : null;
    }

    public IReadOnlyList<string> Options(string name)
    {
        _used.Add(name);
        return _options.TryGetValue(name, out var list) ? list : [];
    }

    public string Required(string name) =>
        Option(name) ?? throw new UsageException($"option --{name} is required");

    public int Int(string name, int defaultValue, int min = int.MinValue, int max = int.MaxValue)
    {
        string? text = Option(name);
        if (text is null)
            return defaultValue;
        if (!int.TryParse(text, NumberStyles.Integer, CultureInfo.InvariantCulture, out int value) || value < min || value > max)
            throw new UsageException($"option --{name}: '{text}' is not an integer in [{min}, {max}]");
        return value;
    }

    public double Double(string name, double defaultValue, double min = double.MinValue, double max = double.MaxValue)
    {
        string? text = Option(name);
        if (text is null)
            return defaultValue;
        if (!double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out double value) || value < min || value > max || double.IsNaN(value))
            throw new UsageException($"option --{name}: '{text}' is not a number in [{min}, {max}]");
        return value;
    }

    /// <summary>A share, as <see cref="Results.Comparison.FractionText"/> reads it: "5%" or "0.05".</summary>
    public double Fraction(string name, double defaultValue, double min, double max)
    {
        string? text = Option(name);
        if (text is null)
            return defaultValue;
        if (!Results.Comparison.FractionText.TryParse(text, out double value))
            throw new UsageException($"option --{name}: '{text}' is not {Results.Comparison.FractionText.Rule}");
        if (value < min || value > max)
            throw new UsageException($"option --{name}: '{text}' is outside {Results.Comparison.FractionText.Format(min)}..{Results.Comparison.FractionText.Format(max)}");
        return value;
    }

    /// <summary>Rejects options and flags that no reader asked for.</summary>
    public void ThrowOnUnused()
    {
        foreach (string name in _options.Keys.Concat(_flags))
        {
            if (!_used.Contains(name))
                throw new UsageException($"unknown option --{name}");
        }
    }
}
