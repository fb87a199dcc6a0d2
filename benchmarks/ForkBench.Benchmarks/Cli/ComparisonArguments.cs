using System.CommandLine;
using ForkBench.Results.Comparison;

namespace ForkBench.Benchmarks.Cli;

/// <summary>The options of the comparison rule, shared by compare and history.</summary>
public sealed class ComparisonArguments
{
    private readonly Option<double?> _threshold = CommandOptions.Share("threshold",
        "relative change that counts (default 5%). A share is 5% or 0.05 (a bare number below 1 is a fraction; 5 alone is refused as ambiguous)",
        min: 0, max: 10);

    private readonly Option<string> _noiseFloor = CommandOptions.Text("noise-floor", "time",
        "smallest absolute change that counts, for time units: 1ns, 0.5us, 2ms (default 1ns; see results/README.md)");

    private readonly Option<double?> _alpha = CommandOptions.Share("alpha",
        "significance level of each one-sided test (default 5%)", min: 1e-9, max: 0.5);

    public void AddTo(Command command)
    {
        command.Options.Add(_threshold);
        command.Options.Add(_noiseFloor);
        command.Options.Add(_alpha);
    }

    public ComparisonOptions Read(ParseResult parsed)
    {
        double percent = 100 * (parsed.GetValue(_threshold) ?? EquivalenceThreshold.DefaultRelativePercent / 100);
        double floor = EquivalenceThreshold.DefaultNoiseFloorNanoseconds;
        if (parsed.GetValue(_noiseFloor) is { } floorText && !EquivalenceThreshold.TryParseTime(floorText, out floor))
            throw new UsageException($"option --noise-floor: '{floorText}' is not a time such as 1ns or 0.5us");
        return new ComparisonOptions(new EquivalenceThreshold(percent, floor), parsed.GetValue(_alpha) ?? 0.05);
    }
}
