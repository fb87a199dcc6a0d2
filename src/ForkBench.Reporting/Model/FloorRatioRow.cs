namespace ForkBench.Reporting.Model;

/// <summary>
/// A model fork over the physical floor with the write-protect, paired in
/// rounds within the run: the median of the per-round ratios with its 95%
/// interval (null bounds where the sample was too small for one).
/// </summary>
/// <param name="Variant">The copy variant that forked ("v5.8").</param>
/// <param name="Process">The forked process ("anon-4k/pin=none/rss=1gib").</param>
public sealed record FloorRatioRow(string Variant, string Process, double Median, double? Lower, double? Upper, int Rounds);
