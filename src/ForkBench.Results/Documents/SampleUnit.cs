using System.Text.Json.Serialization;
using ForkBench.Results.Serialization;

namespace ForkBench.Results.Documents;

/// <summary>
/// The unit of every sample of a measurement. Lower is better for every
/// unit (times, bytes, counts, multiples of a reference), which is what lets one comparison rule serve
/// them all. Time units know their size in nanoseconds so that a noise floor
/// given as a time applies to any of them.
/// </summary>
[JsonConverter(typeof(SampleUnitJsonConverter))]
public readonly record struct SampleUnit
{
    public static readonly SampleUnit Nanoseconds = new("ns", 1);
    public static readonly SampleUnit Microseconds = new("us", 1e3);
    public static readonly SampleUnit Milliseconds = new("ms", 1e6);
    public static readonly SampleUnit Seconds = new("s", 1e9);
    public static readonly SampleUnit Bytes = new("bytes", null);
    public static readonly SampleUnit Count = new("count", null);

    /// <summary>A multiple of a reference timed in the same round (a fork over the physical floor): "x".</summary>
    public static readonly SampleUnit Multiple = new("x", null);

    /// <summary>Every unit a document may use, by symbol.</summary>
    public static IReadOnlyList<SampleUnit> All { get; } =
        [Nanoseconds, Microseconds, Milliseconds, Seconds, Bytes, Count, Multiple];

    private SampleUnit(string symbol, double? nanosecondsPerUnit)
    {
        Symbol = symbol;
        NanosecondsPerUnit = nanosecondsPerUnit;
    }

    /// <summary>The text written in the document ("ns", "us", "bytes", ...).</summary>
    public string Symbol { get; }

    /// <summary>For a time unit, its length in nanoseconds; null for other units.</summary>
    public double? NanosecondsPerUnit { get; }

    public bool IsTime => NanosecondsPerUnit is not null;

    public static bool TryParse(string? symbol, out SampleUnit unit)
    {
        foreach (SampleUnit candidate in All)
        {
            if (string.Equals(candidate.Symbol, symbol, StringComparison.Ordinal))
            {
                unit = candidate;
                return true;
            }
        }
        unit = default;
        return false;
    }

    public override string ToString() => Symbol ?? "";
}
