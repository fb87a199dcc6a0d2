using System.Diagnostics;
using ForkBench.Kernel.Fork;

namespace ForkBench.Benchmarks.Model;

/// <summary>
/// The paired rounds behind floor-ratio and the default run's
/// <c>model/floor-ratio</c> id: a model fork of an unpinned process of
/// 4 KiB pages against the physical floor with the write-protect, each
/// round one floor pass then (after an untimed reset) one fork, both timed.
/// Both are the model suite's own benchmark classes, driven as
/// BenchmarkDotNet drives them (global setup; per fork an untimed reset and
/// the timed fork). Within a round the two see the machine in one state, so
/// the per-round ratio does not carry the drift that moves separately timed
/// medians from run to run.
/// </summary>
/// <param name="ForkId">The fork's model id (<c>model/fork-size/...</c>).</param>
/// <param name="FloorId">The floor's model id (<c>model/floor/...wrprotect=true</c>).</param>
/// <param name="Tail">The forked process (<c>anon-4k/pin=none/rss=1gib</c>).</param>
/// <param name="ForkNsPerPte">Per counted round, the fork's ns per PTE.</param>
/// <param name="FloorNsPerPte">Per counted round, the floor's ns per PTE.</param>
public sealed record PairedFloorRounds(string ForkId, string FloorId, string Tail, IReadOnlyList<double> ForkNsPerPte, IReadOnlyList<double> FloorNsPerPte)
{
    /// <summary>The rounds run first and not counted (JIT, caches, page faults on first touch).</summary>
    public const int WarmupRounds = 3;

    /// <summary>Per round, fork / floor.</summary>
    public IReadOnlyList<double> Ratios => [.. ForkNsPerPte.Select((fork, i) => fork / FloorNsPerPte[i])];

    /// <summary>Why the variant's model cannot build the forked process, or null.</summary>
    public static string? RefusalFor(CopyVariant variant, bool oneGiB) =>
        new ForkSizeBenchmarks { Variant = variant.Id, Pins = ModelAxes.NoPins }.SpecFor(ForkMethod(oneGiB)).Refusal;

    /// <summary>Runs <see cref="WarmupRounds"/> and then <paramref name="rounds"/> counted rounds.</summary>
    /// <param name="roundStarting">Told (round, total) before each round, warm-up included.</param>
    /// <exception cref="InvalidOperationException">The variant cannot build the process (<see cref="RefusalFor"/>).</exception>
    public static PairedFloorRounds Measure(CopyVariant variant, bool oneGiB, int rounds, Action<int, int>? roundStarting = null)
    {
        ArgumentNullException.ThrowIfNull(variant);
        var floor = new PhysicalFloorBenchmarks { Placement = PlacementParam.Contiguous, Wrprotect = true };
        var fork = new ForkSizeBenchmarks { Variant = variant.Id, Pins = ModelAxes.NoPins };
        string floorMethod = oneGiB ? nameof(PhysicalFloorBenchmarks.Floor1GiB) : nameof(PhysicalFloorBenchmarks.Floor64MiB);
        string forkMethod = ForkMethod(oneGiB);
        if (fork.SpecFor(forkMethod).Refusal is { } refusal)
            throw new InvalidOperationException(refusal);
        if (fork.FloorKeyFor(forkMethod) != floor.FloorKeyFor(floorMethod))
            throw new InvalidOperationException($"{forkMethod} and {floorMethod} do not share a floor key");
        string forkId = ModelBenchmarkId.For(typeof(ForkSizeBenchmarks), forkMethod, ParameterValues.Of(fork));
        string floorId = ModelBenchmarkId.For(typeof(PhysicalFloorBenchmarks), floorMethod, ParameterValues.Of(floor));
        try
        {
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
            int total = WarmupRounds + rounds;
            for (int round = 0; round < total; round++)
            {
                roundStarting?.Invoke(round, total);
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
            return new PairedFloorRounds(forkId, floorId, fork.BuiltScenario.Spec.Process.Tail, forkNs, floorNs);
        }
        finally
        {
            floor.CleanUp();
            fork.CleanUp();
        }
    }

    private static string ForkMethod(bool oneGiB) => oneGiB ? nameof(ForkSizeBenchmarks.Fork1GiB) : nameof(ForkSizeBenchmarks.Fork64MiB);
}
