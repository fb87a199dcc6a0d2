using ForkBench.Kernel.Counting;

namespace ForkBench.Kernel.Fork.Variants;

/// <summary>The order in which the copy_normal_page() proposals test whether a page must be copied.</summary>
public interface IPreconditionOrder
{
    /// <summary>True when the page behind <paramref name="pte"/> must be copied for the child now.</summary>
    static abstract bool MustCopy<TCounter>(ref CopyContext<TCounter> ctx, ulong pte, long pfn, long head)
        where TCounter : struct, IOperationCounter;
}
