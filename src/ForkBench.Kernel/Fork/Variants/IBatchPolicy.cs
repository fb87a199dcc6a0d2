namespace ForkBench.Kernel.Fork.Variants;

/// <summary>What the batching copy does after a batch over a folio failed.</summary>
public interface IBatchPolicy
{
    /// <summary>True: never batch that folio again in this fork (the proposal); false: retry on the next entry (6.9+).</summary>
    static abstract bool StopBatchingFailedFolio { get; }
}

/// <summary>6.9+: every entry without a preallocated page tries a batch again.</summary>
public readonly struct RetryBatchAfterFailure : IBatchPolicy
{
    public static bool StopBatchingFailedFolio => false;
}

/// <summary>The proposal: a folio whose batch failed (it may be pinned) is copied entry by entry, like small pages.</summary>
public readonly struct StopBatchingAfterFailure : IBatchPolicy
{
    public static bool StopBatchingFailedFolio => true;
}
