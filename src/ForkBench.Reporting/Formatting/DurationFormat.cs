namespace ForkBench.Reporting.Formatting;

/// <summary>
/// Prints a time given in nanoseconds in the unit that keeps the number
/// between 1 and 1000 (ns, us, ms, s), three significant digits. ASCII "us"
/// because the report must be plain ASCII.
/// </summary>
public static class DurationFormat
{
    private static readonly (double Ns, string Unit)[] Units =
    [
        (1e9, "s"),
        (1e6, "ms"),
        (1e3, "us"),
        (1, "ns"),
    ];

    public static string Format(double nanoseconds, int digits = 3)
    {
        if (!double.IsFinite(nanoseconds))
            return NumberFormat.NotAvailable;
        var (ns, unit) = UnitFor(nanoseconds);
        return NumberFormat.Significant(nanoseconds / ns, digits) + " " + unit;
    }

    /// <summary>The unit Format would choose, so a column can share one unit.</summary>
    public static (double Ns, string Unit) UnitFor(double nanoseconds)
    {
        double abs = Math.Abs(nanoseconds);
        foreach (var u in Units)
        {
            // 999.5 ms rounds to "1000 ms" at three digits: print "1.00 s" instead.
            if (abs >= u.Ns * 0.9995)
                return u;
        }
        return Units[^1];
    }

    /// <summary>Nanoseconds per unit for the time unit names a result may carry; null for other units.</summary>
    public static double? NanosecondsPer(string unit) => unit switch
    {
        "ns" => 1,
        "us" => 1e3,
        "ms" => 1e6,
        "s" => 1e9,
        _ => null,
    };
}
