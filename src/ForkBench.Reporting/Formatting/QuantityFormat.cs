namespace ForkBench.Reporting.Formatting;

/// <summary>
/// A value with its unit: times print adaptively (13.0 ms), anything else
/// as a significant-digit number followed by the unit (5.12 ns/PTE).
/// </summary>
public static class QuantityFormat
{
    public static string Format(double value, string unit, int digits = 3)
    {
        if (!double.IsFinite(value))
            return NumberFormat.NotAvailable;
        double? nsPerUnit = DurationFormat.NanosecondsPer(unit);
        if (nsPerUnit is { } ns)
            return DurationFormat.Format(value * ns, digits);
        string number = NumberFormat.Significant(value, digits);
        return string.IsNullOrEmpty(unit) ? number : number + " " + unit;
    }
}
