namespace ForkBench.Benchmarks.Model;

/// <summary>
/// Which model suite runs: the quick default (a few minutes on 2 cores) or
/// the full job for publication. Parameter sources read <see cref="Current"/>
/// to choose their values; the values themselves, and so the benchmark ids,
/// do not depend on the preset: quick runs a subset of the full cases.
/// </summary>
public enum ModelPreset
{
    Quick,
    Full,
}
