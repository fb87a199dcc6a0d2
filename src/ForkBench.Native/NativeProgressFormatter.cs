using System.Globalization;

namespace ForkBench.Native;

/// <summary>One stderr line per progress event: point, stage, samples, median, elapsed, ETA. Pure.</summary>
public static class NativeProgressFormatter
{
    public static string Format(NativeSweepProgress p)
    {
        ArgumentNullException.ThrowIfNull(p);
        string samples = p.Samples > 0 ? $", {p.Samples} samples" : "";
        string median = p.CurrentMedianNs is { } m ? $", median {NativeTableFormatter.Ms(m)} ms" : "";
        string message = p.Message is { } text ? $": {text}" : "";
        string eta = p.Eta is { } e ? $", ETA {Clock(e)}" : "";
        return string.Create(CultureInfo.InvariantCulture,
            $"[{p.PointIndex,3}/{p.PointCount}] {p.Id} {p.Stage}{samples}{median}{message} (elapsed {Clock(p.Elapsed)}{eta})");
    }

    private static string Clock(TimeSpan t) =>
        t.TotalHours >= 1 ? t.ToString(@"h\:mm\:ss", CultureInfo.InvariantCulture) : t.ToString(@"m\:ss", CultureInfo.InvariantCulture);
}
