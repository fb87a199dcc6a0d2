using ForkBench.Kernel.Fork;
using Xunit.Abstractions;

namespace ForkBench.Kernel.Tests.Properties;

/// <summary>
/// Fork preserves contents: each process reads at every address of every
/// VMA what the <see cref="Shadow"/> predicts. A child sees what its parent
/// had at fork time until someone writes there; WipeOnFork VMAs read zero
/// in the child; DontCopy VMAs do not exist there; shared mappings show
/// every process's writes. Holds for every variant, v5.8 included.
/// </summary>
public class ContentsProperties(ITestOutputHelper output)
{
    private const int ScenariosPerVariant = 60;
    private const ulong BaseSeed = 0xC0_47E4_75;

    public static TheoryData<string> Variants => PropertyCheck.AllVariants;

    [Theory]
    [MemberData(nameof(Variants))]
    public void EveryProcessReadsWhatTheShadowPredicts(string variantId)
    {
        CopyVariant variant = CopyVariant.ById(variantId);
        PropertyCheck.Holds(output, $"contents/{variant}", PropertyCheck.SeedFor(BaseSeed, variant), ScenariosPerVariant,
            scenario => PropertyCheck.Execute(variant, scenario, AssertContents));
    }

    internal static void AssertContents(World world)
    {
        foreach (int slot in world.LiveSlots)
        {
            var mm = world.Process(slot);
            var regions = world.Shadow.Regions(slot);
            var vmas = mm.VmaList;
            if (vmas.Length != regions.Count)
                throw world.Failure($"P{slot} has {vmas.Length} VMAs, expected {regions.Count}");
            for (int v = 0; v < regions.Count; v++)
            {
                var region = regions[v];
                if (vmas[v].Start != region.Start || vmas[v].Pages != region.Pages)
                    throw world.Failure($"P{slot} VMA {v} is 0x{vmas[v].Start:x}+{vmas[v].Pages}p, expected 0x{region.Start:x}+{region.Pages}p");
                for (long p = 0; p < region.Pages; p++)
                {
                    long address = region.Start + (p << Geometry.PageShift);
                    ulong holds = world.Machine.Read(mm, address), expected = world.Shadow.Expected(slot, address);
                    if (!world.Shadow.Matches(slot, address, holds))
                        throw world.Failure($"P{slot} reads {holds:x} at 0x{address:x} ({region.Kind} {region.Advice}), expected {expected:x}");
                }
            }
        }
    }
}
