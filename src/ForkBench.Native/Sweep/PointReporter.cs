namespace ForkBench.Native.Sweep;

/// <summary>Progress from inside a point: stage, samples so far, median so far, note.</summary>
internal delegate void PointReporter(string id, string stage, int samples, double? medianNs, string? message);
