namespace ForkBench.Benchmarks.Model;

/// <summary>Which operation of a scenario the count columns count for a benchmark.</summary>
public enum CountedOperation
{
    /// <summary>No exact counts (the model counts fork and exit only).</summary>
    None,

    /// <summary>One fork: <c>machine.Fork(parent, child, counts)</c>.</summary>
    Fork,

    /// <summary>One child exit after a fork.</summary>
    Exit,
}
