using FsCheck;
using FsCheck.Fluent;

namespace ForkBench.Scenarios.Tests;

public class ScenarioVocabularyTests
{
    [Theory]
    [InlineData("4k", 0, false)]
    [InlineData("16k", 2, false)]
    [InlineData("64k", 4, false)]
    [InlineData("512k", 7, false)]
    [InlineData("1m", 8, false)]
    [InlineData("2m-pte", 9, false)]
    [InlineData("thp", 9, true)]
    public void Folio_tokens_name_order_and_mapping(string token, int order, bool pmd)
    {
        FolioSize folio = FolioSize.Parse(token);
        Assert.Equal(order, folio.Order);
        Assert.Equal(pmd, folio.PmdMapped);
        Assert.Equal(token, folio.Token);
    }

    [Fact]
    public void Only_large_pte_mapped_folios_are_mthp()
    {
        Assert.False(FolioSize.Small.IsMthp);
        Assert.False(FolioSize.Thp.IsMthp);
        Assert.True(FolioSize.Pte2M.IsMthp);
        Assert.True(FolioSize.PteMapped(64).IsMthp);
        Assert.Throws<ArgumentOutOfRangeException>(() => FolioSize.PteMapped(48));
    }

    [Theory]
    [InlineData("none", 0, PinPlacement.First, 0)]
    [InlineData("all", 1, PinPlacement.First, 1024)]
    [InlineData("1/64", 64, PinPlacement.First, 16)]
    [InlineData("first-1of64", 64, PinPlacement.First, 16)]
    [InlineData("half", 2, PinPlacement.First, 512)]
    [InlineData("every-64th", 64, PinPlacement.EveryNth, 16)]
    public void A_share_says_where_it_lies(string text, int divisor, PinPlacement placement, long pagesOf1024)
    {
        PinShare share = PinShare.Parse(text);
        Assert.Equal(new PinShare(divisor, placement), share);
        Assert.Equal(pagesOf1024, share.PagesOf(1024));
        Assert.Equal(share, PinShare.Parse(share.Token));
    }

    [Fact]
    public void First_and_every_are_two_scenarios_with_two_tokens()
    {
        Assert.Equal([(0L, 16L)], PinShare.First(64).Runs(1024));
        Assert.Equal([0L, 64, 128], PinShare.Every(64).Runs(192).Select(r => r.First));
        Assert.NotEqual(PinShare.First(64).Token, PinShare.Every(64).Token);
    }

    [Theory]
    [InlineData("anon-4k/pin=all/rss=1gib")]
    [InlineData("anon-thp/pin=none/rss=64mib")]
    [InlineData("anon-64k/pin=every-64th/rss=256mib")]
    [InlineData("anon-4k/pin=unpinned-all/rss=1gib")]
    [InlineData("anon-4k/pin=none/refs=every-64th/rss=1gib")]
    [InlineData("anon-4k/pin=none/touch=every-512th/rss=1gib")]
    [InlineData("anon-4k-dontfork/pin=all/rss=64mib")]
    [InlineData("shared-anon/pin=first-1of2/rss=64mib")]
    [InlineData("file-private/pin=none/rss=64mib")]
    public void Tails_read_back_as_the_same_scenario(string tail)
    {
        ProcessScenario scenario = ProcessScenario.ParseTail(tail);
        Assert.Equal(tail, scenario.Tail);
    }

    [Theory]
    [InlineData("anon-4k/rss=1gib")]
    [InlineData("anon-3k/pin=all/rss=1gib")]
    [InlineData("anon-4k/pin=all/weird=1/rss=1gib")]
    public void Bad_tails_are_refused(string tail) => Assert.Throws<FormatException>(() => ProcessScenario.ParseTail(tail));

    [Fact]
    public void Scenarios_the_kernel_cannot_build_say_why()
    {
        Assert.NotNull(new ProcessScenario { Mapping = MappingKind.AnonShared, Folio = FolioSize.Thp }.Problem);
        Assert.NotNull(new ProcessScenario { UnpinBeforeFork = true }.Problem);
        Assert.NotNull(new ProcessScenario { Folio = FolioSize.Thp, SizeBytes = 3 * ByteSize.MiB }.Problem);
        Assert.Null(new ProcessScenario { Folio = FolioSize.Thp, Pins = PinShare.All, SizeBytes = ByteSize.GiB }.Problem);
        Assert.NotNull(new ProcessScenario { Touched = PinShare.None }.Problem);
        Assert.NotNull(new ProcessScenario { Touched = PinShare.Every(512), Pins = PinShare.All }.Problem);
        Assert.NotNull(new ProcessScenario { Touched = PinShare.Every(512), Folio = FolioSize.Thp }.Problem);
        Assert.Null(new ProcessScenario { Touched = PinShare.Every(512) }.Problem);
    }

    [Fact]
    public void Every_buildable_scenario_round_trips_through_its_tail()
    {
        var scenarios =
            from mapping in Gen.Elements(Enum.GetValues<MappingKind>())
            from folio in Gen.Elements(FolioSize.All.ToArray())
            from megabytes in Gen.Choose(1, 4096)
            from pins in Gen.Elements(PinShare.None, PinShare.All, PinShare.First(64), PinShare.Every(64), PinShare.First(2), PinShare.Every(1024))
            from unpin in Gen.Elements(false, true)
            from refs in Gen.Elements(PinShare.None, PinShare.Every(64))
            from advice in Gen.Elements(Enum.GetValues<ForkAdvice>())
            from touched in Gen.Elements(PinShare.All, PinShare.Every(512), PinShare.First(4))
            select new ProcessScenario
            {
                Mapping = mapping, Folio = folio, SizeBytes = megabytes * 2 * ByteSize.MiB, Pins = pins,
                UnpinBeforeFork = unpin, FalsePositives = refs, Advice = advice, Touched = touched,
            };
        Prop.ForAll(scenarios.ToArbitrary(), s => s.Problem is not null || ProcessScenario.ParseTail(s.Tail) == s)
            .QuickCheckThrowOnFailure();
    }
}
