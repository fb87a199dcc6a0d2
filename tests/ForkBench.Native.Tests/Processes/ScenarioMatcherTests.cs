using ForkBench.Native.Processes;
using ForkBench.Scenarios;

namespace ForkBench.Native.Tests.Processes;

public sealed class ScenarioMatcherTests
{
    private const long MiB = 1024 * 1024;

    private static VmaLayout Anon(long anonymous, long thp = 0, long pinned = 0, int runs = 1, VmFlag flags = VmFlag.None) => new()
    {
        Start = 0x7f0000000000,
        End = 0x7f0000000000 + (ulong)Math.Max(anonymous, 4096),
        Kind = VmaKind.AnonPrivate,
        Flags = flags,
        ResidentBytes = anonymous,
        AnonymousBytes = anonymous,
        AnonHugeBytes = thp,
        PinnedBytes = pinned,
        PinnedRuns = pinned > 0 ? runs : 0,
    };

    [Theory]
    [InlineData(64, 0, 0, VmFlag.None, "anon-4k/pin=none/rss=64mib")]
    [InlineData(64, 64, 64, VmFlag.None, "anon-thp/pin=all/rss=64mib")]
    [InlineData(64, 0, 16, VmFlag.None, "anon-4k/pin=first-1of4/rss=64mib")]
    [InlineData(64, 0, 1, VmFlag.None, "anon-4k/pin=first-1of64/rss=64mib")]
    [InlineData(64, 0, 48, VmFlag.None, "anon-4k/pin=all/rss=64mib")]
    [InlineData(16, 0, 0, VmFlag.DontCopy, "anon-4k-dontfork/pin=none/rss=16mib")]
    [InlineData(16, 0, 0, VmFlag.WipeOnFork, "anon-4k-wipeonfork/pin=none/rss=16mib")]
    [InlineData(16, 0, 0, VmFlag.DontCopy | VmFlag.WipeOnFork, "anon-4k-dontfork/pin=none/rss=16mib")]
    [InlineData(64, 40, 0, VmFlag.None, "anon-thp/pin=none/rss=64mib")]
    [InlineData(64, 20, 0, VmFlag.None, "anon-4k/pin=none/rss=64mib")]
    public void Private_anonymous_memory_gets_the_closest_scenario(long mib, long thpMib, long pinnedMib, VmFlag flags, string tail)
    {
        ScenarioMatch match = ScenarioMatcher.Match(Anon(mib * MiB, thpMib * MiB, pinnedMib * MiB, flags: flags));

        Assert.Equal(tail, match.Scenario?.Tail);
    }

    [Fact]
    public void The_size_is_rounded_to_whole_2MiB_and_says_so()
    {
        ScenarioMatch match = ScenarioMatcher.Match(Anon(3 * MiB + 4096));

        Assert.Equal(4 * MiB, match.Scenario?.SizeBytes);
        Assert.Contains("rounded to 4MiB", match.Note, StringComparison.Ordinal);
    }

    [Fact]
    public void Pins_in_several_runs_are_noted()
    {
        ScenarioMatch match = ScenarioMatcher.Match(Anon(64 * MiB, pinned: 16 * MiB, runs: 3));

        Assert.Contains("3 runs", match.Note, StringComparison.Ordinal);
    }

    [Fact]
    public void Less_than_1MiB_resident_has_no_scenario()
    {
        ScenarioMatch match = ScenarioMatcher.Match(Anon(44 * 1024));

        Assert.Null(match.Scenario);
        Assert.Contains("below the smallest scenario", match.Note, StringComparison.Ordinal);
    }

    [Fact]
    public void A_private_file_mapping_never_written_is_not_copied()
    {
        var vma = new VmaLayout { Start = 0, End = (ulong)(16 * MiB), Kind = VmaKind.FilePrivate, ResidentBytes = 16 * MiB };

        ScenarioMatch match = ScenarioMatcher.Match(vma);

        Assert.Null(match.Scenario);
        Assert.Contains("never written", match.Note, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(VmaKind.AnonShared, "shared-anon/pin=none/rss=16mib")]
    [InlineData(VmaKind.FilePrivate, "file-private/pin=none/rss=16mib")]
    [InlineData(VmaKind.FileShared, "file-shared/pin=none/rss=16mib")]
    public void Other_mappings_use_their_resident_bytes(VmaKind kind, string tail)
    {
        var vma = new VmaLayout { Start = 0, End = (ulong)(16 * MiB), Kind = kind, ResidentBytes = 16 * MiB, AnonymousBytes = 4096 };

        Assert.Equal(tail, ScenarioMatcher.Match(vma).Scenario?.Tail);
    }

    [Theory]
    [InlineData(VmaKind.Special, "pfnmap")]
    [InlineData(VmaKind.Hugetlb, "hugetlb")]
    public void Special_and_hugetlb_memory_have_no_scenario(VmaKind kind, string reason)
    {
        var vma = new VmaLayout { Start = 0, End = (ulong)(16 * MiB), Kind = kind, ResidentBytes = 16 * MiB };

        ScenarioMatch match = ScenarioMatcher.Match(vma);

        Assert.Null(match.Scenario);
        Assert.Contains(reason, match.Note, StringComparison.Ordinal);
    }

    [Fact]
    public void A_scenario_the_vocabulary_cannot_express_has_its_reason()
    {
        var vma = new VmaLayout { Start = 0, End = (ulong)(16 * MiB), Kind = VmaKind.AnonShared, Flags = VmFlag.Shared | VmFlag.DontCopy, ResidentBytes = 16 * MiB };

        ScenarioMatch match = ScenarioMatcher.Match(vma);

        Assert.Null(match.Scenario);
        Assert.Equal(new ProcessScenario { Mapping = MappingKind.AnonShared, Advice = ForkAdvice.DontFork }.Problem, match.Note);
    }
}
