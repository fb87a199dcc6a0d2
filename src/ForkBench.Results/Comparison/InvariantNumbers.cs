using System.Globalization;
using ForkBench.Results.Documents;

namespace ForkBench.Results.Comparison;

/// <summary>Number formatting for text output: invariant culture, about four significant digits.</summary>
public static class InvariantNumbers
{
    /// <summary>
    /// A value with its unit; times are shown in the unit that keeps them
    /// between 1 and 1000 ("417.6 ms", not "417579103 ns"), so rows of
    /// nanosecond model operations and half-second forks both read at a glance.
    /// </summary>
    public static string Value(double value, SampleUnit unit)
    {
        if (unit.NanosecondsPerUnit is not { } perUnit)
            return $"{Significant(value)} {unit.Symbol}";
        double nanoseconds = value * perUnit;
        SampleUnit shown = TimeUnits.LastOrDefault(u => Math.Abs(nanoseconds) >= u.NanosecondsPerUnit, SampleUnit.Nanoseconds);
        return $"{Significant(nanoseconds / shown.NanosecondsPerUnit!.Value)} {shown.Symbol}";
    }

    private static readonly SampleUnit[] TimeUnits = [SampleUnit.Nanoseconds, SampleUnit.Microseconds, SampleUnit.Milliseconds, SampleUnit.Seconds];

    public static string Ratio(double? ratio) => ratio is { } r ? r.ToString("0.000", CultureInfo.InvariantCulture) : "n/a";

    public static string Interval(double? lower, double? upper) =>
        lower is { } l && upper is { } u
            ? string.Create(CultureInfo.InvariantCulture, $"[{l:0.000}, {u:0.000}]")
            : "n/a";

    /// <summary>"+4.2%" for 1.042, "-10.0%" for 0.9.</summary>
    public static string PercentChange(double ratio) =>
        ((ratio - 1) * 100).ToString("+0.0;-0.0;0.0", CultureInfo.InvariantCulture) + "%";

    public static string Significant(double value)
    {
        double magnitude = Math.Abs(value);
        string format = magnitude >= 1000 ? "0" : magnitude >= 100 ? "0.0" : magnitude >= 10 ? "0.00" : "0.000";
        return value.ToString(format, CultureInfo.InvariantCulture);
    }
}
