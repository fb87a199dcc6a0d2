using System.CommandLine;
using System.Diagnostics;
using System.Globalization;
using ForkBench.Kernel.Fork;
using ForkBench.Kernel.Scenarios;
using ForkBench.Scenarios;

namespace ForkBench.Benchmarks.Cli;

/// <summary>
/// Exact operation counts of one fork per variant: deterministic figures
/// that explain the timings (atomics, struct page lines, copies, retries).
/// </summary>
public sealed class CountsCommand : ForkBenchCommand
{
    private static readonly string[] DefaultLayouts = ["anon-4k", "anon-64k", "anon-2m-pte", "anon-thp"];

    private readonly Option<string> _size = CommandOptions.Text("size", "size", "process size (default 1GiB)");

    private readonly Option<string> _layout = CommandOptions.Text("layout", "list",
        "anon-4k, anon-16k .. anon-1m, anon-2m-pte, anon-thp (default anon-4k,anon-64k,anon-2m-pte,anon-thp)");

    private readonly Option<string> _pinned = CommandOptions.Text("pinned", "list",
        "pinned shares: 0, all, 1/N (the first 1/N of the buffer, as one io_uring buffer), every-Nth (every N-th page) (default 0,1/64,all)");

    private readonly Option<string> _variant = CommandOptions.Text("variant", "list",
        "variant ids (default all): " + string.Join(", ", CopyVariant.All.Select(v => v.Id)));

    private readonly Option<bool> _sticky = CommandOptions.Flag("sticky", "pin the share and unpin it before the fork");

    private readonly Option<string> _falsePositives = CommandOptions.Text("false-positives", "share",
        "a share (1/64, every-64th) whose pages hold 1024 ordinary references (they look pinned)");

    public CountsCommand() : base("counts", "exact per-fork operation counts of every model variant (no timing)")
    {
        Options.Add(_size);
        Options.Add(_layout);
        Options.Add(_pinned);
        Options.Add(_variant);
        Options.Add(_sticky);
        Options.Add(_falsePositives);
        _variant.CompletionSources.Add(_ => CopyVariant.All.Select(v => new System.CommandLine.Completions.CompletionItem(v.Id)));
    }

    public override string Details =>
        """
        Builds each scenario in the kernel model, forks it once with counting on,
        and prints per variant: locked RMWs, atomic reads, struct page lines and
        PTE reads per PTE, pages copied, lock drop/retake cycles, failed batches
        and PMD splits. The counts are exact and do not depend on the machine.
        Each block is headed by the scenario's id tail, the one its model and
        native measurements end in. A variant whose kernel cannot build the
        layout (no anonymous mTHP before 6.8) prints "n/a: <reason>".
        """;

    protected override int Run(ParseResult parsed, TextWriter output, TextWriter error)
    {
        long size = Parse(parsed.GetValue(_size) ?? "1GiB", ByteSize.Parse, "--size");
        var folios = List(parsed.GetValue(_layout), DefaultLayouts)
            .Select(id => id.StartsWith("anon-", StringComparison.Ordinal)
                ? Parse(id["anon-".Length..], FolioSize.Parse, "--layout")
                : throw new UsageException($"--layout: unknown layout '{id}' (anon-4k, anon-64k, anon-2m-pte, anon-thp, ...)"))
            .ToList();
        var shares = List(parsed.GetValue(_pinned), ["0", "1/64", "all"])
            .Select(s => Parse(s, PinShare.Parse, "--pinned")).ToList();
        var variants = List(parsed.GetValue(_variant), CopyVariant.All.Select(v => v.Id))
            .Select(id => CopyVariant.FindById(id) ?? throw new UsageException($"unknown variant '{id}'")).ToList();
        bool sticky = parsed.GetValue(_sticky);
        PinShare falsePositives = parsed.GetValue(_falsePositives) is { } refs ? Parse(refs, PinShare.Parse, "--false-positives") : PinShare.None;

        var clock = Stopwatch.StartNew();
        var progress = ProgressLine.For(error);
        long modelBytes = 0;
        foreach (FolioSize folio in folios)
        {
            foreach (PinShare share in shares)
            {
                var process = new ProcessScenario
                {
                    SizeBytes = size, Folio = folio, Pins = share,
                    UnpinBeforeFork = sticky && !share.IsNone, FalsePositives = falsePositives,
                };
                output.WriteLine();
                output.WriteLine($"{process.Tail}  (counts per fork; /PTE = per 4 KiB of buffer)");
                output.WriteLine("variant                  rmw/PTE read/PTE line/PTE  pte-rd/PTE  copies  cycles batchfail split");
                foreach (CopyVariant variant in variants)
                {
                    var scenario = new ForkScenario { Process = process, Variant = variant };
                    if (scenario.Refusal is { } refusal)
                    {
                        progress.Clear();
                        output.WriteLine($"{variant.Id,-24} n/a: {refusal}");
                        continue;
                    }
                    progress.Show($"counting {process.Tail} {variant.Id} ({clock.Elapsed.TotalSeconds:F0} s)");
                    using var instance = scenario.Build();
                    var c = instance.CountFork().Counts;
                    modelBytes = instance.Machine.ModelBytes;
                    double ptes = scenario.Ptes;
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
