using ScottPlot;

namespace ForkBench.Reporting.Plots;

/// <summary>
/// Series colours: the Okabe-Ito palette (distinguishable with the common
/// colour-vision deficiencies) without its yellow, which vanishes on white,
/// extended by two of Paul Tol's muted colours so that the ten copy
/// variants get ten colours. Past ten series the colours repeat with a dash
/// pattern.
/// </summary>
public static class Palette
{
    private static readonly Color[] Colors =
    [
        Color.FromHex("#0072B2"), // blue
        Color.FromHex("#D55E00"), // vermillion
        Color.FromHex("#009E73"), // bluish green
        Color.FromHex("#CC79A7"), // reddish purple
        Color.FromHex("#E69F00"), // orange
        Color.FromHex("#56B4E9"), // sky blue
        Color.FromHex("#000000"), // black
        Color.FromHex("#8C6D31"), // brown
        Color.FromHex("#332288"), // indigo
        Color.FromHex("#999933"), // olive
    ];

    private static readonly LinePattern[] Dashes = [LinePattern.Solid, LinePattern.Dashed, LinePattern.Dotted, LinePattern.DenselyDashed];

    public static Color Series(int index) => Colors[index % Colors.Length];

    /// <summary>Solid for the first ten series, then dashed so repeated colours differ.</summary>
    public static LinePattern Dash(int index) => Dashes[index / Colors.Length % Dashes.Length];

    public static readonly Color Faster = Color.FromHex("#009E73");
    public static readonly Color Slower = Color.FromHex("#D55E00");
    public static readonly Color Same = Color.FromHex("#7F7F7F");

    /// <summary>Too few samples to tell: a light grey that does not read as "no change".</summary>
    public static readonly Color Unknown = Color.FromHex("#BBBBBB");
    public static readonly Color Floor = Color.FromHex("#444444");
}
