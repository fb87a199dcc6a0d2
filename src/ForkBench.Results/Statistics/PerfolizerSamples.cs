using Pragmastat;

namespace ForkBench.Results.Statistics;

/// <summary>Builds Perfolizer samples; the only place our sample lists become theirs.</summary>
internal static class PerfolizerSamples
{
    /// <summary>
    /// Pairwise estimators (Hodges-Lehmann, Shamos) cost O(n*m) memory and
    /// time; beyond this many samples a side is thinned systematically
    /// (every k-th sample in recording order), which keeps drift and
    /// warm-up effects represented, unlike taking the first n.
    /// </summary>
    public const int MaxPairwiseSize = 1000;

    public static Sample From(IReadOnlyList<double> values) => new(values.ToArray());

    public static Sample Thinned(IReadOnlyList<double> values)
    {
        if (values.Count <= MaxPairwiseSize)
            return From(values);
        double step = (double)values.Count / MaxPairwiseSize;
        var thinned = new double[MaxPairwiseSize];
        for (int i = 0; i < thinned.Length; i++)
            thinned[i] = values[(int)(i * step)];
        return new Sample(thinned);
    }
}
