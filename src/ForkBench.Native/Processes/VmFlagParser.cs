namespace ForkBench.Native.Processes;

/// <summary>Turns smaps' VmFlags codes ("rd wr mr mw me dc ac nh") into <see cref="VmFlag"/>s.</summary>
public static class VmFlagParser
{
    private static readonly Dictionary<string, VmFlag> Codes = new(StringComparer.Ordinal)
    {
        ["rd"] = VmFlag.Read,
        ["wr"] = VmFlag.Write,
        ["ex"] = VmFlag.Exec,
        ["sh"] = VmFlag.Shared,
        ["mr"] = VmFlag.MayRead,
        ["mw"] = VmFlag.MayWrite,
        ["me"] = VmFlag.MayExec,
        ["ms"] = VmFlag.MayShare,
        ["gd"] = VmFlag.GrowsDown,
        ["pf"] = VmFlag.PfnMap,
        ["lo"] = VmFlag.Locked,
        ["io"] = VmFlag.Io,
        ["sr"] = VmFlag.SeqRead,
        ["rr"] = VmFlag.RandRead,
        ["dc"] = VmFlag.DontCopy,
        ["de"] = VmFlag.DontExpand,
        ["lf"] = VmFlag.LockOnFault,
        ["ac"] = VmFlag.Account,
        ["nr"] = VmFlag.NoReserve,
        ["ht"] = VmFlag.Hugetlb,
        ["sf"] = VmFlag.Sync,
        ["wf"] = VmFlag.WipeOnFork,
        ["dd"] = VmFlag.DontDump,
        ["sd"] = VmFlag.SoftDirty,
        ["mm"] = VmFlag.MixedMap,
        ["hg"] = VmFlag.HugePage,
        ["nh"] = VmFlag.NoHugePage,
        ["mg"] = VmFlag.Mergeable,
        ["um"] = VmFlag.UffdMissing,
        ["uw"] = VmFlag.UffdWp,
        ["ui"] = VmFlag.UffdMinor,
        ["ss"] = VmFlag.ShadowStack,
        ["sl"] = VmFlag.Sealed,
    };

    /// <summary>The flags the codes name; codes this table does not know (architecture bits, newer kernels) are ignored.</summary>
    public static VmFlag Parse(IEnumerable<string> codes)
    {
        VmFlag flags = VmFlag.None;
        foreach (string code in codes)
        {
            if (Codes.TryGetValue(code, out VmFlag flag))
                flags |= flag;
        }
        return flags;
    }

    /// <summary>The two-letter code of a single flag ("dc" for <see cref="VmFlag.DontCopy"/>).</summary>
    public static string Code(VmFlag flag) => Codes.First(c => c.Value == flag).Key;
}
