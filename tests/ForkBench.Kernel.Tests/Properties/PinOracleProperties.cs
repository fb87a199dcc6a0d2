using ForkBench.Kernel.Fork;
using Xunit.Abstractions;

namespace ForkBench.Kernel.Tests.Properties;

/// <summary>
/// The pinned-COW oracle: whatever forks and writes happen, every live pin's
/// DMA target frame is still the frame the pinning process maps at the
/// pinned address, and it holds what the shadow says that address holds
/// (the process's own last write, or for a shared mapping anyone's). That is
/// what every fix claims; v5.8 must be caught breaking it.
/// </summary>
public class PinOracleProperties(ITestOutputHelper output)
{
    private const int ScenariosPerVariant = 100;
    private const ulong BaseSeed = 0xD4A_0F_C0;

    public static TheoryData<string> Variants => PropertyCheck.FixedVariants;

    [Theory]
    [MemberData(nameof(Variants))]
    public void PinnedPagesStayTheDmaTarget(string variantId)
    {
        CopyVariant variant = CopyVariant.ById(variantId);
        PropertyCheck.Holds(output, $"pin-oracle/{variant}", PropertyCheck.SeedFor(BaseSeed, variant), ScenariosPerVariant,
            scenario => PropertyCheck.Execute(variant, scenario, AssertPinsHold));
    }

    /// <summary>v5.8 shares a pinned page at fork; the parent's next write copies it away from the DMA target.</summary>
    [Fact]
    public void V5_8IsCaughtLosingThePinnedPage()
    {
        var variant = CopyVariant.V5_8;
        string report = PropertyCheck.Falsified(PropertyCheck.SeedFor(BaseSeed, variant), ScenariosPerVariant,
            scenario => PropertyCheck.Execute(variant, scenario, AssertPinsHold));
        output.WriteLine(report);
        Assert.Contains("pinned frame", report);
    }

    /// <summary>
    /// Linus's copy_normal_page() changed only the PTE path (copy_huge_pmd()
    /// still shares a PMD-mapped THP without a pin check), so a PMD-THP VMA
    /// is outside what it claims to protect: the oracle skips it for Linus,
    /// and this shows the exclusion is needed. Jason's variant splits a
    /// pinned THP and is held to the whole oracle.
    /// </summary>
    [Fact]
    public void PmdThpIsOutsideWhatLinusProtects()
    {
        var variant = CopyVariant.LinusCopyNormalPage;
        string report = PropertyCheck.Falsified(PropertyCheck.SeedFor(BaseSeed, variant), ScenariosPerVariant,
            scenario => PropertyCheck.Execute(variant, scenario, world => CheckPins(world, everyVma: true)));
        output.WriteLine(report);
        Assert.Contains("in its PmdThp VMA", report);
    }

    private static bool Claims(CopyVariant variant, Shadow.Region region) =>
        !(region.Kind == VmaKind.PmdThp && !variant.ChecksPinsOnPmdPath);

    internal static void AssertPinsHold(World world) => CheckPins(world, everyVma: false);

    private static void CheckPins(World world, bool everyVma)
    {
        var machine = world.Machine;
        foreach (var pin in machine.Pins)
        {
            int slot = world.SlotOf(pin.Mm);
            for (int i = 0; i < pin.Frames.Count; i++)
            {
                long address = pin.Address + ((long)i << Geometry.PageShift);
                var region = world.Shadow.Find(slot, address)
                    ?? throw world.Failure($"P{slot} holds a pin at 0x{address:x} outside its VMAs");
                if (!everyVma && !Claims(machine.Variant, region))
                    continue;
                long mapped = machine.MappedFrame(pin.Mm, address);
                if (mapped != pin.Frames[i])
                    throw world.Failure($"P{slot} maps frame {mapped} at 0x{address:x} in its {region.Kind} VMA, but the pinned frame is {pin.Frames[i]}");
                ulong holds = machine.Read(pin.Mm, address);
                if (!world.Shadow.Matches(slot, address, holds))
                    throw world.Failure($"the pinned frame {mapped} at 0x{address:x} in its {region.Kind} VMA of P{slot} holds {holds:x}, expected {world.Shadow.Expected(slot, address):x}");
            }
        }
    }
}
