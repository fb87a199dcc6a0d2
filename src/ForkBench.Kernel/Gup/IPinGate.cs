using ForkBench.Kernel.Counting;
using ForkBench.Kernel.Mm;

namespace ForkBench.Kernel.Gup;

/// <summary>
/// The per-mm test "may this mm have pinned pages at all?" that each era
/// puts in front of the per-page pin check. A static interface, so each
/// copy variant compiles to a direct field read. Gate reads are reads of an
/// mm field that stays in cache; they are not counted as atomic reads, which
/// the counts reserve for the per-page reads of struct page counters.
/// </summary>
public interface IPinGate
{
    static abstract bool MayHavePins<TCounter>(MmStruct mm, ref TCounter counter) where TCounter : struct, IOperationCounter;
}
