using ForkBench.Kernel.Counting;
using ForkBench.Kernel.Mm;

namespace ForkBench.Kernel.Fork;

/// <summary>A catalogue entry bound to its copy struct, so the copy loop is compiled for it (no dispatch per entry).</summary>
public sealed record CopyVariant<TCopy>(string Id, string Title, Version Kernel, string Models, WriteReuseRule ReuseRule, bool FixesPinnedCow)
    : CopyVariant(Id, Title, Kernel, Models, ReuseRule, FixesPinnedCow)
    where TCopy : struct, ICopyVariant
{
    public override bool ChecksPinsOnPmdPath => TCopy.ChecksPinsOnPmdPath;

    public override bool BatchesLargeFolios => TCopy.BatchesLargeFolios;

    internal override int Fork<TCounter>(Machine machine, MmStruct parent, MmStruct child, ref TCounter counter) =>
        DupMmap.Fork<TCopy, TCounter>(machine, parent, child, ref counter);
}
