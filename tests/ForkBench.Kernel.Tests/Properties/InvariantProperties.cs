using ForkBench.Kernel.Fork;
using Xunit.Abstractions;

namespace ForkBench.Kernel.Tests.Properties;

/// <summary>
/// The property: random sequences of map / populate / pin / unpin /
/// extra references / fork / write / exit keep every invariant the
/// <see cref="InvariantChecker"/> recomputes from the page tables (refcounts,
/// mapcounts, pin counts, rss, page-table ownership, memcg, no lost frame),
/// and once everything has exited only the page cache still holds frames.
/// Run for every variant: the bookkeeping must balance even in v5.8, whose
/// bug is in what a pinned page holds, not in the counts.
/// </summary>
public class InvariantProperties(ITestOutputHelper output)
{
    private const int ScenariosPerVariant = 100;
    private const ulong BaseSeed = 0x1A7A_7105;

    public static TheoryData<string> Variants => PropertyCheck.AllVariants;

    [Theory]
    [MemberData(nameof(Variants))]
    public void EveryOperationKeepsEveryInvariant(string variantId)
    {
        CopyVariant variant = CopyVariant.ById(variantId);
        PropertyCheck.Holds(output, $"invariants/{variant}", PropertyCheck.SeedFor(BaseSeed, variant), ScenariosPerVariant,
            scenario => PropertyCheck.Execute(variant, scenario, AssertInvariants, AssertEverythingFreed));
    }

    internal static void AssertInvariants(World world)
    {
        var violations = world.Machine.CheckInvariants();
        if (violations.Count > 0)
            throw world.Failure("invariants violated:" + Environment.NewLine + string.Join(Environment.NewLine, violations.Take(10).Select(v => "    " + v)));
    }

    /// <summary>
    /// After every reference is dropped and every process has exited, the
    /// only frames still allocated are page-cache pages: files keep their
    /// cache (one reference each) until the file is dropped, which the model
    /// never does. The checker already demands that each holds exactly that
    /// one reference and no mapping.
    /// </summary>
    private static void AssertEverythingFreed(World world)
    {
        world.TearDown();
        AssertInvariants(world);
        var machine = world.Machine;
        if (machine.Pins.Count != 0 || machine.References.Count != 0)
            throw world.Failure($"after teardown {machine.Pins.Count} pins and {machine.References.Count} reference sets remain");
        for (int slot = 0; slot < World.Slots; slot++)
        {
            if (!world.Process(slot).IsEmpty || world.Process(slot).HasPinnedSticky)
                throw world.Failure($"P{slot} is not an empty mm after exit");
        }
        long cached = machine.Files.Sum(f => f.CachedFrames.LongCount());
        long free = machine.Physical.Allocator.FreeFrames;
        if (free + cached != machine.Physical.FrameCount)
            throw world.Failure($"after teardown {free} free + {cached} page-cache frames != {machine.Physical.FrameCount}");
        if (machine.Physical.Memcg.ChargedPages != cached)
            throw world.Failure($"after teardown memcg still charges {machine.Physical.Memcg.ChargedPages} pages, page cache holds {cached}");
    }
}
