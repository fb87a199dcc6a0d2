namespace ForkBench.Kernel.Memory;

/// <summary>
/// One memory cgroup with an optional page limit (mem_cgroup_charge()).
/// A charge over the limit fails; the model has nothing to reclaim, so a
/// sleeping charge fails the same way an atomic one does.
/// </summary>
public sealed class MemoryCgroup
{
    /// <summary>The id stored in struct page's memcg_data for charged pages.</summary>
    public const long Id = 1;

    public long LimitPages { get; }

    public long ChargedPages { get; private set; }

    public MemoryCgroup(long limitPages = long.MaxValue)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(limitPages);
        LimitPages = limitPages;
    }

    public bool TryCharge(long pages)
    {
        if (ChargedPages + pages > LimitPages)
            return false;
        ChargedPages += pages;
        return true;
    }

    public void Uncharge(long pages)
    {
        if (pages > ChargedPages)
            throw new InvalidOperationException("memcg uncharge below zero");
        ChargedPages -= pages;
    }
}
