using System.Diagnostics;
using System.Globalization;
using ForkBench.Kernel.Fork;
using ForkBench.Kernel.Scenarios;

namespace ForkBench.Benchmarks.Cli;

/// <summary>
/// Exact operation counts of one fork per variant: deterministic figures
/// that explain the timings (atomics, struct page lines, copies, retries).
/// </summary>
public sealed class CountsCommand : ICommand
{
    public string Name => "counts";

    public string Summary => "exact per-fork operation counts of every model variant (no timing)";

    public string Help =>
        """
        Usage: forkbench counts [--size 1GiB] [--layout anon-4k,anon-thp,...]
                                [--pinned 0,1/64,all] [--variant v5.8,...] [--sticky]
                                [--false-positives 64]

        Builds each scenario in the kernel model, forks it once with counting on,
        and prints per variant: locked RMWs, atomic reads, struct page lines and
        PTE reads per PTE, pages copied, lock drop/retake cycles, failed batches
        and PMD splits. The counts are exact and do not depend on the machine.
        A variant whose kernel cannot build the layout (no anonymous mTHP before
        6.8) prints "n/a: <reason>" instead of counts.

          --size             process size (default 1GiB)
          --layout           anon-4k, anon-64k, anon-2m-pte, anon-thp (default all)
          --pinned           pinned shares, first 1/N of the buffer (default 0,1/64,all)
          --variant          variant ids (default all): 
        """ + string.Join(", ", CopyVariant.All.Select(v => v.Id)) +
        """

          --sticky           pin the share and unpin it before the fork
          --false-positives  N: 1024 ordinary references on the first 1/N of pages
        """;

    public IReadOnlySet<string> FlagNames { get; } = new HashSet<string> { "sticky" };

    public int Run(CommandArguments arguments, TextWriter output, TextWriter error)
    {
        long size = Parse(arguments.Option("size") ?? "1GiB", SizeText.Parse, "--size");
        var layouts = List(arguments.Option("layout"), Enum.GetValues<PageLayout>().Select(l => l.Id()))
            .Select(id => PageLayoutInfo.FromId(id) ?? throw new UsageException($"unknown layout '{id}'")).ToList();
        var shares = List(arguments.Option("pinned"), ["0", "1/64", "all"])
            .Select(s => Parse(s, PinnedShare.Parse, "--pinned")).ToList();
        var variants = List(arguments.Option("variant"), CopyVariant.All.Select(v => v.Id))
            .Select(id => CopyVariant.FindById(id) ?? throw new UsageException($"unknown variant '{id}'")).ToList();
        bool sticky = arguments.Flag("sticky");
        int falsePositives = arguments.Int("false-positives", 0, 0, 1 << 20);
        arguments.ThrowOnUnused();

        var clock = Stopwatch.StartNew();
        var progress = ProgressLine.For(error);
        long modelBytes = 0;
        foreach (PageLayout layout in layouts)
        {
            foreach (PinnedShare share in shares)
            {
                var scenario = new ForkScenario
                {
                    SizeBytes = size, Layout = layout, Pinned = share,
                    UnpinBeforeFork = sticky, FalsePositiveDivisor = falsePositives,
                };
                output.WriteLine();
                output.WriteLine($"{scenario.Id}  (counts per fork; /PTE = per 4 KiB of buffer)");
                output.WriteLine("variant                  rmw/PTE read/PTE line/PTE  pte-rd/PTE  copies  cycles batchfail split");
                foreach (CopyVariant variant in variants)
                {
                    if (scenario.RefusedBy(variant) is { } refusal)
                    {
                        progress.Clear();
                        output.WriteLine($"{variant.Id,-24} n/a: {refusal}");
                        continue;
                    }
                    progress.Show($"counting {scenario.Id} {variant.Id} ({clock.Elapsed.TotalSeconds:F0} s)");
                    using var instance = scenario.Build(variant);
                    var c = instance.CountFork();
                    modelBytes = instance.Machine.ModelBytes;
                    double ptes = instance.Ptes;
                    progress.Clear();
                    output.WriteLine(string.Create(CultureInfo.InvariantCulture,
                        $"{variant.Id,-24} {c.LockedRmws / ptes,7:F3} {c.AtomicReads / ptes,8:F3} {c.StructPageLines / ptes,8:F3} {c.PteReads / ptes,11:F3} {c.PagesCopied,7} {c.LockCycles,7} {c.BatchFailures,9} {c.PmdSplits,5}"));
                }
                output.WriteLine($"model memory: {modelBytes >> 20} MiB; this process's peak working set so far: {Process.GetCurrentProcess().PeakWorkingSet64 >> 20} MiB");
            }
        }
        progress.Clear();
        error.WriteLine(string.Create(CultureInfo.InvariantCulture, $"counted in {clock.Elapsed.TotalSeconds:F1} s"));
        return ExitCodes.Success;
    }

    private static IEnumerable<string> List(string? text, IEnumerable<string> defaults) =>
        text is null ? defaults : text.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);

    private static T Parse<T>(string text, Func<string, T> parse, string option)
    {
        try
        {
            return parse(text);
        }
        catch (FormatException e)
        {
            throw new UsageException($"{option}: {e.Message}");
        }
    }
}
