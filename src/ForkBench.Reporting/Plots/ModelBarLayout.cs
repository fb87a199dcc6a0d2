namespace ForkBench.Reporting.Plots;

/// <summary>
/// Where the bars of <see cref="ModelBarPlot"/> go on its x axis: each
/// group (panel) takes one slot per variant, with an empty slot between
/// groups where the separator line is drawn.
/// </summary>
internal readonly record struct ModelBarLayout(int Groups, int Variants)
{
    public double Position(int group, int variant) => group * (Variants + 1) + variant;

    public double Centre(int group) => group * (Variants + 1) + (Variants - 1) / 2.0;

    /// <summary>The middle of the empty slot before <paramref name="group"/>.</summary>
    public double Separator(int group) => group * (Variants + 1) - 1;

    public double Last => Position(Groups - 1, Variants - 1);

    /// <summary>Pixels per slot when the data area is <paramref name="dataWidth"/> pixels wide.</summary>
    public double SlotPixels(double dataWidth) => dataWidth / (Last + 1.4);

    public double GroupPixels(double dataWidth) => SlotPixels(dataWidth) * (Variants + 0.6) - 6;
}
