using Perfolizer.Mathematics.QuantileEstimators;

namespace ForkBench.Results.Statistics;

/// <summary>The one median estimator: the sample median (Hyndman and Fan's type 7).</summary>
public static class SampleMedian
{
    public static double Of(IReadOnlyList<double> values) =>
        SimpleQuantileEstimator.Instance.Median(PerfolizerSamples.From(values));
}
