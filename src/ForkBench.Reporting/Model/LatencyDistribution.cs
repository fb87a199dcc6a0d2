namespace ForkBench.Reporting.Model;

/// <summary>Raw fork() latency samples of one scenario at one size, in nanoseconds.</summary>
public sealed record LatencyDistribution(string Name, long SizeBytes, IReadOnlyList<double> SamplesNs)
{
    /// <summary>
    /// The samples of <paramref name="series"/> at <paramref name="sizeBytes"/>,
    /// or null when the series was not measured at that size.
    /// </summary>
    public static LatencyDistribution? FromSeries(LatencySeries series, long sizeBytes)
    {
        var point = series.Points.FirstOrDefault(p => p.SizeBytes == sizeBytes);
        return point is null ? null : new LatencyDistribution(series.Name, sizeBytes, point.SamplesNs);
    }
}
