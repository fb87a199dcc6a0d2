namespace ForkBench.Reporting.Scales;

/// <summary>A tick on an axis: major ticks get a label and a grid line, minor ones only a faint grid line.</summary>
public readonly record struct Tick(double Value, bool Major);
