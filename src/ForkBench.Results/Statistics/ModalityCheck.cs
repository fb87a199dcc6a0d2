using Perfolizer.Mathematics.Multimodality;
using Pragmastat;

namespace ForkBench.Results.Statistics;

/// <summary>
/// Flags multimodal samples with Perfolizer's LowlandModalityDetector
/// (Akinshin, "Lowland multimodality detection"). A median and a
/// Hodges-Lehmann ratio summarise a bimodal sample badly (fork times that
/// alternate between two cache or THP states, say), so such comparisons are
/// marked for a human to look at the raw samples.
/// </summary>
public static class ModalityCheck
{
    /// <summary>Below this many samples a count of modes means little; none is given.</summary>
    public const int MinSamplesForModes = 10;

    /// <summary>The number of modes, or null with fewer than <see cref="MinSamplesForModes"/> samples or a single value.</summary>
    public static int? Modes(IReadOnlyList<double> samples)
    {
        if (samples.Count < MinSamplesForModes || samples.Distinct().Count() < 2)
            return null;
        return LowlandModalityDetector.Instance.DetectModes(PerfolizerSamples.From(samples)).Modality;
    }

    internal static bool IsMultimodal(Sample sample)
    {
        // The detector needs two distinct values; fewer cannot show two modes.
        if (sample.Size < 2 || sample.Values.Distinct().Count() < 2)
            return false;
        return LowlandModalityDetector.Instance.DetectModes(sample).Modality > 1;
    }
}
