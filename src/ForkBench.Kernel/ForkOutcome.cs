namespace ForkBench.Kernel;

/// <summary>What fork() returned.</summary>
public enum ForkOutcome
{
    Success,

    /// <summary>-ENOMEM: an allocation or memcg charge failed; the child was torn down.</summary>
    OutOfMemory,
}
