using ForkBench.Kernel.Counting;

namespace ForkBench.Kernel.Fork.Variants;

/// <summary>What a variant whose own change is on the PTE path does with a PMD-mapped THP (copy_huge_pmd()).</summary>
public interface IHugePmdPolicy
{
    /// <summary>Whether the policy looks for pins before sharing the PMD.</summary>
    static abstract bool ChecksPins { get; }

    static abstract int CopyHugePmd<TCounter>(ref CopyContext<TCounter> ctx, int pmdIndex)
        where TCounter : struct, IOperationCounter;
}
