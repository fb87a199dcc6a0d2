using System.Text.RegularExpressions;

namespace ForkBench.Reporting.Output;

/// <summary>One plot of a report: its file name without extension and its SVG text.</summary>
public sealed partial record PlotFile
{
    public PlotFile(string name, string svg)
    {
        // Names become file names beside report.txt: keep them portable and free of path tricks.
        if (!SafeName().IsMatch(name))
            throw new ArgumentException($"Plot name '{name}' must be lower-case letters, digits, '-' or '_'.", nameof(name));
        Name = name;
        Svg = svg;
    }

    public string Name { get; }

    public string Svg { get; }

    [GeneratedRegex("^[a-z0-9][a-z0-9_-]{0,63}$")]
    private static partial Regex SafeName();
}
