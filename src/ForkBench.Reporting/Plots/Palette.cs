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
    private static readonly string[] Colors =
    [
        "#0072B2", // blue
        "#D55E00", // vermillion
        "#009E73", // bluish green
        "#CC79A7", // reddish purple
        "#E69F00", // orange
        "#56B4E9", // sky blue
        "#000000", // black
        "#8C6D31", // brown
        "#332288", // indigo
        "#999933", // olive
    ];

    private static readonly string?[] Dashes = [null, "7 4", "2 3", "9 3 2 3"];

    public static string Color(int index) => Colors[index % Colors.Length];

    /// <summary>Null (solid) for the first ten series, then dashed so repeated colours differ.</summary>
    public static string? Dash(int index) => Dashes[index / Colors.Length % Dashes.Length];

    public const string Faster = "#009E73";
    public const string Slower = "#D55E00";
    public const string Same = "#7F7F7F";
    public const string Floor = "#444444";
}
