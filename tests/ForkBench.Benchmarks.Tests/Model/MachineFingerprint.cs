using ForkBench.Kernel.Scenarios;
using System.Reflection;
using System.Text;
using ForkBench.Benchmarks.Model;
using ForkBench.Kernel;
using ForkBench.Kernel.Memory;
using ForkBench.Kernel.Mm;

namespace ForkBench.Benchmarks.Tests.Model;

/// <summary>
/// Everything a fork of the scenario's parent depends on, as text: the
/// allocator, page-table pool and memcg totals, the parent's rss and pinned
/// state, and per page its entry bits, contents stamp and struct page
/// (and folio) counters. With <c>frames</c> false the frame numbers are
/// left out: a rebuilt parent is the same state on other frames.
/// </summary>
internal static class MachineFingerprint
{
    private static readonly FieldInfo PmdsField =
        typeof(MmStruct).GetField("Pmds", BindingFlags.NonPublic | BindingFlags.Instance)!;

    public static string Of(ForkScenarioInstance s, bool frames)
    {
        Machine m = s.Machine;
        PhysicalMemory pm = m.Physical;
        var text = new StringBuilder();
        text.Append($"free={pm.Allocator.FreeFrames} tables={m.PageTables.InUse} memcg={pm.Memcg.ChargedPages} ");
        text.Append($"rss={s.Parent.RssAnon}/{s.Parent.RssFile} pinned={s.Parent.HasPinnedSticky} pins={m.Pins.Sum(p => p.Frames.Count)} refs={m.References.Count}\n");
        var pmds = (ulong[])PmdsField.GetValue(s.Parent)!;
        for (long a = s.Address; a < s.Address + s.Spec.Process.SizeBytes; a += 4096)
        {
            ulong pmd = pmds[a >> 21];
            ulong entry = (pmd & (1UL << 7)) != 0 ? pmd : m.PageTables.Table((int)((pmd >> 12) & ((1UL << 40) - 1)))[(int)((a >> 12) & 511)];
            long pfn = m.MappedFrame(s.Parent, a);
            long head = pm.FolioHead(pfn);
            ref StructPage page = ref pm.Memmap[pfn];
            ref StructPage headPage = ref pm.Memmap[head];
            text.Append($"{entry & 0xFFF:x} {m.Read(s.Parent, a):x} f={page.Flags:x} map={page.MapcountBiased} ref={headPage.RefCount} sub={pfn - head}");
            if (pm.FolioTestLarge(head))
            {
                ref StructPage second = ref pm.Memmap[head + 1];
                text.Append($" order={second.FolioOrder} entire={second.EntireMapcount} large={second.LargeMapcount} pin={second.PinCount}");
            }
            if (frames)
                text.Append($" pfn={pfn}");
            text.Append('\n');
        }
        return text.ToString();
    }
}
