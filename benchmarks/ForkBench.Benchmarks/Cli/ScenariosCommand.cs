using System.CommandLine;
using ForkBench.Benchmarks.Model;
using ForkBench.Native;
using ForkBench.Native.Host;
using ForkBench.Native.IoUring;
using ForkBench.Native.Memory;
using ForkBench.Native.Scenarios;
using ForkBench.Scenarios;

namespace ForkBench.Benchmarks.Cli;

/// <summary>
/// <c>forkbench scenarios</c>: every scenario by its id tail, the model and
/// native ids that measure it, and whether each side can run here. Measures
/// nothing.
/// </summary>
public sealed class ScenariosCommand : ForkBenchCommand
{
    private readonly Option<bool> _full = CommandOptions.Flag("full", "the model ids of the full preset (default: quick)");
    private readonly Option<bool> _paired = CommandOptions.Flag("paired", "only the scenarios both engines measure");
    private readonly Option<string> _sizes = CommandOptions.Text("sizes", "list", "native buffer sizes (default 64M..1G)");
    private readonly Option<string> _filter = CommandOptions.Text("filter", "glob", "only tails that match, e.g. '*pin=all*'");

    public ScenariosCommand() : base("scenarios", "every scenario with its model and native ids, and what can run here")
    {
        Options.Add(_full);
        Options.Add(_paired);
        Options.Add(_sizes);
        Options.Add(_filter);
    }

    public override string Details =>
        """
        Lists every scenario the model suite and the native sweep measure, by
        the id tail they share (e.g. anon-4k/pin=all/rss=1gib): the model ids
        (model/<category>/<variant>/<tail>) and the native ids
        (native/<spawn>/<tail>) that end in it, and whether each side can run
        on this machine, with the reason when not. Measures nothing.
        """;

    protected override int Run(ParseResult parsed, TextWriter output, TextWriter error)
    {
        ModelPreset preset = parsed.GetValue(_full) ? ModelPreset.Full : ModelPreset.Quick;
        bool pairedOnly = parsed.GetValue(_paired);
        IReadOnlyList<long> sizes = Sizes(parsed.GetValue(_sizes));
        string? filter = parsed.GetValue(_filter);

        IReadOnlyList<NativeScenario> native = ScenarioCatalog.Default(MthpSizes());
        var pairings = ScenarioPairing.Build(preset, native, sizes)
            .Where(p => !pairedOnly || p.Paired)
            .Where(p => filter is null || ScenarioCatalog.GlobMatch(filter, p.Tail))
            .ToList();
        if (pairings.Count == 0)
            throw new UsageException(filter is null ? "no scenario to list" : $"--filter {filter} matches no scenario tail");

        var nativeHere = new NativeAvailability();
        foreach (ScenarioPairing pairing in pairings)
        {
            output.WriteLine(pairing.Tail);
            output.WriteLine(pairing.ModelIds.Count == 0
                ? "  model   -    (no model case)"
                : $"  model   {(pairing.ModelRefusals.Count == pairing.ModelIds.Count ? "no " : "yes")}  {Summarize(pairing.ModelIds)}{Refusals(pairing)}");
            foreach (string id in pairing.NativeIds)
            {
                NativeScenario scenario = native.First(s => id.StartsWith(s.Key + "/", StringComparison.Ordinal));
                string? reason = nativeHere.Problem(scenario, ProcessScenario.ParseTail(pairing.Tail).SizeBytes);
                output.WriteLine($"  native  {(reason is null ? "yes" : "no ")}  {id}{(reason is null ? "" : $"  ({reason})")}");
            }
            if (pairing.NativeIds.Count == 0)
                output.WriteLine("  native  -    (no native point)");
        }
        output.WriteLine();
        output.WriteLine($"{pairings.Count} scenario(s); {pairings.Count(p => p.Paired)} measured by both engines, " +
            $"{pairings.Count(p => p.ModelIds.Count == 0)} native only, {pairings.Count(p => p.NativeIds.Count == 0)} model only.");
        return ExitCodes.Success;
    }

    /// <summary>"model/fork-layout/{v5.8,merged-5.10,...}/tail": the ids grouped by category, the variants listed once.</summary>
    private static string Summarize(IReadOnlyList<string> modelIds) =>
        string.Join("; ", modelIds
            .Select(id => id.Split('/'))
            .GroupBy(s => s[1])
            .Select(g => $"{g.Key}: {string.Join(",", g.Select(s => s[2]).Distinct())}"));

    private static string Refusals(ScenarioPairing pairing) =>
        pairing.ModelRefusals.Count == 0 ? "" : $"  ({pairing.ModelRefusals.Count} refused: {pairing.ModelRefusals[0]})";

    private static IReadOnlyList<long> Sizes(string? text)
    {
        if (text is null)
            return NativeSweepOptions.DefaultSizes;
        try
        {
            return ByteSize.ParseList(text);
        }
        catch (FormatException e)
        {
            throw new UsageException($"option --sizes: {e.Message}");
        }
    }

    /// <summary>The mTHP sizes this kernel offers (none off Linux): their native scenarios are listed, runnable or not.</summary>
    private static IReadOnlyList<int> MthpSizes() => OperatingSystem.IsLinux() ? new ThpSysfs().MthpSizes : [];
}
