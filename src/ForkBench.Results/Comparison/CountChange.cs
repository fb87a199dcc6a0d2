namespace ForkBench.Results.Comparison;

/// <summary>An exact operation count that differs between baseline and current (null: absent on that side).</summary>
public sealed record CountChange(string Name, long? Baseline, long? Current);
