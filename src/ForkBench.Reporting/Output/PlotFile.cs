using System.Text.RegularExpressions;
using ScottPlot;

namespace ForkBench.Reporting.Output;

/// <summary>
/// One plot of a report: its file name without extension, the ScottPlot
/// plot and the size it is rendered at. The plot stays a model until the
/// writer asks for PNG bytes or SVG text, so tests can inspect what it holds.
/// </summary>
public sealed partial record PlotFile
{
    public PlotFile(string name, Plot plot, int width = Plots.PlotStyle.Width, int height = Plots.PlotStyle.Height)
    {
        // Names become file names beside report.txt: keep them portable and free of path tricks.
        if (!SafeName().IsMatch(name))
            throw new ArgumentException($"Plot name '{name}' must be lower-case letters, digits, '-' or '_'.", nameof(name));
        ArgumentOutOfRangeException.ThrowIfLessThan(width, 1);
        ArgumentOutOfRangeException.ThrowIfLessThan(height, 1);
        Name = name;
        Plot = plot;
        Width = width;
        Height = height;
    }

    public string Name { get; }

    public Plot Plot { get; }

    public int Width { get; }

    public int Height { get; }

    public byte[] RenderPng() => Plot.GetImageBytes(Width, Height, ImageFormat.Png);

    public string RenderSvg() => Plot.GetSvgXml(Width, Height);

    [GeneratedRegex("^[a-z0-9][a-z0-9_-]{0,63}$")]
    private static partial Regex SafeName();
}
