using System.CommandLine;
using System.Diagnostics;
using System.Globalization;
using ForkBench.Benchmarks.Model;
using ForkBench.Kernel.Fork;
using ForkBench.Scenarios;

namespace ForkBench.Benchmarks.Cli;

/// <summary>
/// A model fork as a multiple of the physical floor with the write-protect,
/// measured in one run as paired rounds: each round times one floor pass and
/// one fork back to back, and the figure is the median of the per-round
/// ratios. Both are the model suite's own benchmark classes, driven as
/// BenchmarkDotNet drives them (global setup, then per fork an untimed
/// reset and the timed fork), so the figure measures exactly their code.
/// </summary>
public sealed class FloorRatioCommand : ForkBenchCommand
{
    /// <summary>The rounds run first and not counted (JIT, caches, page faults on first touch).</summary>
    public const int WarmupRounds = 3;

    public const int DefaultRounds = 60;

    /// <summary>The fewest rounds whose median has a 95% interval.</summary>
    public const int MinimumRounds = 6;

    public const string DefaultVariant = "v5.8";

    private readonly Option<int?> _rounds = CommandOptions.Integer("rounds", "n",
        $"paired rounds counted (default {DefaultRounds}; at least {MinimumRounds}, the fewest with a 95% interval of the median)",
        MinimumRounds, 100_000);

    private readonly Option<string> _variant = CommandOptions.Text("variant", "id",
        $"the copy variant that forks (default {DefaultVariant}): " + string.Join(", ", CopyVariant.All.Select(v => v.Id)));

    private readonly Option<string> _size = CommandOptions.Text("size", "size",
        $"process size, one the floor has: {SizeParam.Size64MiB} or {SizeParam.Size1GiB} (default {SizeParam.Size1GiB})");

    public FloorRatioCommand() : base("floor-ratio", "a model fork over the physical floor with the write-protect, paired in one run")
    {
        Options.Add(_rounds);
        Options.Add(_variant);
        Options.Add(_size);
        _variant.CompletionSources.Add(_ => CopyVariant.All.Select(v => new System.CommandLine.Completions.CompletionItem(v.Id)));
    }

    public override string Details =>
        """
        Times the model fork of an unpinned process of 4 KiB pages
        (model/fork-size/<variant>/anon-4k/pin=none/rss=<size>) against the
        physical floor with the write-protect (model/floor, Wrprotect=true,
        contiguous frames), in rounds: one floor pass, then an untimed reset and
        one fork, each timed with a Stopwatch, as the model suite times them.
        The first three rounds warm up and are not counted. Prints the median
        ns/PTE of each, the median of the per-round ratios fork / floor with
        its distribution-free 95% interval ("wide" past +-5%), and n. Both
        passes of a round see the machine in the same state (clock frequency,
        other load), so drift over the run cancels in the ratio. Progress goes
        to stderr. Exit codes: 0 measured, 2 bad usage (one line on stderr).
        """;

    protected override int Run(ParseResult parsed, TextWriter output, TextWriter error)
    {
        int rounds = parsed.GetValue(_rounds) ?? DefaultRounds;
        string variantId = parsed.GetValue(_variant) ?? DefaultVariant;
        CopyVariant variant = CopyVariant.FindById(variantId)
            ?? throw new UsageException($"--variant: unknown variant '{variantId}' (known: {string.Join(", ", CopyVariant.All.Select(v => v.Id))})");
        bool oneGiB = Size(parsed.GetValue(_size) ?? SizeParam.Size1GiB) == ByteSize.GiB;

        var clock = Stopwatch.StartNew();
        var progress = ProgressLine.For(error);
        var floor = new PhysicalFloorBenchmarks { Placement = PlacementParam.Contiguous, Wrprotect = true };
        var fork = new ForkSizeBenchmarks { Variant = variant.Id, Pins = ModelAxes.NoPins };
        string floorMethod = oneGiB ? nameof(PhysicalFloorBenchmarks.Floor1GiB) : nameof(PhysicalFloorBenchmarks.Floor64MiB);
        string forkMethod = oneGiB ? nameof(ForkSizeBenchmarks.Fork1GiB) : nameof(ForkSizeBenchmarks.Fork64MiB);
        if (fork.SpecFor(forkMethod).Refusal is { } refusal)
            throw new UsageException($"--variant: {refusal}");
        if (fork.FloorKeyFor(forkMethod) != floor.FloorKeyFor(floorMethod))
            throw new InvalidOperationException($"{forkMethod} and {floorMethod} do not share a floor key");
        string forkId = ModelBenchmarkId.For(typeof(ForkSizeBenchmarks), forkMethod, ParameterValues.Of(fork));
        string floorId = ModelBenchmarkId.For(typeof(PhysicalFloorBenchmarks), floorMethod, ParameterValues.Of(floor));

        try
        {
            progress.Show($"floor-ratio: setting up the {variant.Id} fork and the floor at {(oneGiB ? SizeParam.Size1GiB : SizeParam.Size64MiB)}");
            Action floorPass, forkOnce;
            if (oneGiB)
            {
                floor.Setup1GiB();
                fork.Setup1GiB();
                (floorPass, forkOnce) = (floor.Floor1GiB, fork.Fork1GiB);
            }
            else
            {
                floor.Setup64MiB();
                fork.Setup64MiB();
                (floorPass, forkOnce) = (floor.Floor64MiB, fork.Fork64MiB);
            }
            double floorPtes = PhysicalFloorBenchmarks.PtesOf(floorMethod);
            double forkPtes = fork.BuiltScenario!.Spec.Ptes;

            var floorNs = new List<double>(rounds);
            var forkNs = new List<double>(rounds);
            int total = WarmupRounds + rounds, step = Math.Max(1, total / 10);
            for (int round = 0; round < total; round++)
            {
                if (round % step == 0)
                    progress.Show($"floor-ratio: round {round + 1}/{total} ({clock.Elapsed.TotalSeconds:F0} s)");
                long start = Stopwatch.GetTimestamp();
                floorPass();
                double floorElapsed = Stopwatch.GetElapsedTime(start).TotalNanoseconds;
                fork.ResetScenario();
                start = Stopwatch.GetTimestamp();
                forkOnce();
                double forkElapsed = Stopwatch.GetElapsedTime(start).TotalNanoseconds;
                if (round < WarmupRounds)
                    continue;
                floorNs.Add(floorElapsed / floorPtes);
                forkNs.Add(forkElapsed / forkPtes);
            }
            progress.Clear();

            var result = PairedFloorRatio.Of(forkNs, floorNs);
            output.WriteLine($"floor-ratio: {variant.Id} fork over the floor with the write-protect");
            output.WriteLine($"fork:  {forkId}");
            output.WriteLine($"floor: {floorId}");
            foreach (string line in result.Lines(variant.Id, WarmupRounds))
                output.WriteLine(line);
            error.WriteLine(string.Create(CultureInfo.InvariantCulture, $"measured in {clock.Elapsed.TotalSeconds:F1} s"));
            return ExitCodes.Success;
        }
        finally
        {
            progress.Clear();
            floor.CleanUp();
            fork.CleanUp();
        }
    }

    /// <summary>The bytes of a size the floor has (64 MiB or 1 GiB, however spelled).</summary>
    private static long Size(string text)
    {
        long bytes;
        try
        {
            bytes = ByteSize.Parse(text);
        }
        catch (FormatException e)
        {
            throw new UsageException($"--size: {e.Message}");
        }
        return bytes == 64 * ByteSize.MiB || bytes == ByteSize.GiB
            ? bytes
            : throw new UsageException($"--size: the floor has {SizeParam.Size64MiB} and {SizeParam.Size1GiB} only, not '{text}'");
    }
}
