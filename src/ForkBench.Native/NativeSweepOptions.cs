using ForkBench.Native.Scenarios;
using ForkBench.Native.Statistics;

namespace ForkBench.Native;

/// <summary>What a native sweep runs and how long it may sample each point.</summary>
public sealed record NativeSweepOptions
{
    private const long MiB = 1024 * 1024;

    /// <summary>64 MiB to 1 GiB, doubling.</summary>
    public static IReadOnlyList<long> DefaultSizes { get; } = [64 * MiB, 128 * MiB, 256 * MiB, 512 * MiB, 1024 * MiB];

    /// <summary>The full sweep: every default scenario at every default size.</summary>
    public static NativeSweepOptions Default { get; } = new();

    /// <summary>
    /// The preset for the main pipeline (about a minute on a 2-core VM):
    /// three sizes and a one-second budget per point. At least nine samples,
    /// the fewest whose 95% interval of the median leaves out both the
    /// smallest and the largest (up to eight it is those two): at six, one
    /// slow fork of a pinned 1 GiB buffer (1.09 s against 0.45 s) made the
    /// interval +-55 to +-143% in every default run. Up to forty, which
    /// cheap points reach within their budget and need when their spread is
    /// wide, since an order-statistic interval narrows only with n.
    /// </summary>
    public static NativeSweepOptions Quick { get; } = new()
    {
        Preset = "quick",
        SizesBytes = [64 * MiB, 256 * MiB, 1024 * MiB],
        StopRule = new AdaptiveStopRule { MinSamples = 9, MaxSamples = 40, TargetRelativeHalfWidth = 0.05, Budget = TimeSpan.FromSeconds(1) },
        RoundsPerBuffer = 25,
        FreshBufferMaxSamples = 200,
    };

    /// <summary>"default", "quick" or "custom": where the settings came from.</summary>
    public string Preset { get; init; } = "default";

    /// <summary>Buffer sizes in bytes (multiples of 2 MiB), in sweep order.</summary>
    public IReadOnlyList<long> SizesBytes { get; init; } = DefaultSizes;

    /// <summary>The scenarios, in run order (see <see cref="ScenarioCatalog"/> for why unpinned come first).</summary>
    public IReadOnlyList<NativeScenario> Scenarios { get; init; } = ScenarioCatalog.Default([]);

    /// <summary>--filter globs over point ids (see <see cref="ScenarioCatalog.Selects"/>); empty = every point.</summary>
    public IReadOnlyList<string> Filters { get; init; } = [];

    public AdaptiveStopRule StopRule { get; init; } = new();

    /// <summary>
    /// Fresh buffers at least, one after another, for each point whose fork
    /// only copies page tables (the points with a fork-per-walk figure):
    /// where a buffer's memory happens to sit moves its fork by tens of
    /// percent and its fork-per-walk figure by several percent, from one
    /// buffer to the next as from one run to the next. A point measured on one buffer
    /// carries that buffer's luck into the comparison; on several, it
    /// averages out inside the run. More buffers follow while the stop rule
    /// asks for more rounds.
    /// </summary>
    public int MinBuffers { get; init; } = 4;

    /// <summary>
    /// Rounds (fork, round floor, walk) taken on each of those buffers
    /// before the next is made. The quick preset takes 25: a round of a
    /// 1 GiB point costs about 35 ms against about a second to make its
    /// buffer, and its fork-per-walk figure spreads about 5% from round to
    /// round. Over six alternated sweeps of the four 1 GiB points on this
    /// project's VM, 25 rounds a buffer moved that figure 1.9 to 2.8% from
    /// one sweep to the next, where 5 rounds had moved it 3.0 to 5.0% over
    /// sixteen default runs, for about 3 s more a point.
    /// </summary>
    public int RoundsPerBuffer { get; init; } = 5;

    /// <summary>
    /// The sample limit of the points measured on fresh buffers; null: the
    /// stop rule's <see cref="AdaptiveStopRule.MaxSamples"/>, as for every
    /// other point (and whenever --max-samples is given). The quick preset
    /// lets them take their buffers' rounds in full, and up to twice that
    /// many where buffers are cheap enough for the budget (64 and 256 MiB).
    /// </summary>
    public int? FreshBufferMaxSamples { get; init; }

    /// <summary>The floor is cheap and every marginal depends on it: it gets at least this many samples.</summary>
    public int FloorMinSamples { get; init; } = 20;

    /// <summary>A child not reaped by then is killed, reaped, and its sample discarded.</summary>
    public TimeSpan ChildTimeout { get; init; } = TimeSpan.FromSeconds(30);

    /// <summary>Also time the parent's first write to every page after fork (COW faults).</summary>
    public bool MeasureCowWrites { get; init; }

    /// <summary>Samples of COW-write timing per point, when on.</summary>
    public int CowSamples { get; init; } = 3;

    /// <summary>
    /// For testing the comparison only: every buffer is this many times its
    /// nominal size (rounded up to 2 MiB) while its id keeps the nominal
    /// size, so that a known change can be measured under an unchanged id
    /// (a detection test). 1 in every real run; a measurement records any
    /// other value in its "testBufferScale" parameter.
    /// </summary>
    public double TestBufferScale { get; init; } = 1;

    /// <summary>The bytes actually mapped for a point of <paramref name="nominalBytes"/>.</summary>
    public long BufferBytes(long nominalBytes)
    {
        if (TestBufferScale == 1)
            return nominalBytes;
        const long step = 2 * MiB;
        return (long)Math.Ceiling(nominalBytes * TestBufferScale / step) * step;
    }

    /// <summary>
    /// The free page reporting knob held off for the sweep (see
    /// <see cref="Memory.FreePageReportingHold"/>); null leaves reporting as
    /// it is (native --leave-page-reporting). Tests give a file of their own.
    /// </summary>
    public string? HoldOffPageReportingAt { get; init; } = Memory.FreePageReportingHold.OrderPath;

    /// <summary>Memory kept free beyond a point's estimated peak; null = max(1 GiB, 10% of MemTotal).</summary>
    public long? MemoryMarginBytes { get; init; }
}
