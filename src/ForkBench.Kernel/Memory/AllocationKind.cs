namespace ForkBench.Kernel.Memory;

/// <summary>The two allocation behaviours the 2020 fork thread argued about.</summary>
public enum AllocationKind
{
    /// <summary>GFP_KERNEL / GFP_HIGHUSER_MOVABLE: may sleep and reclaim, succeeds while memory exists.</summary>
    Sleeping,

    /// <summary>GFP_ATOMIC | __GFP_HIGH: never sleeps, draws on a bounded reserve and fails when it is gone.</summary>
    Atomic,
}
