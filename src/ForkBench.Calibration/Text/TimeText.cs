using System.Globalization;

namespace ForkBench.Calibration.Text;

/// <summary>Numbers for the calibration's plain-text tables: times in the unit that keeps three significant digits readable, costs and errors.</summary>
public static class TimeText
{
    private static readonly (double Ns, string Unit)[] Units = [(1e9, "s"), (1e6, "ms"), (1e3, "us"), (1, "ns")];

    /// <summary>"681 us", "1.23 ms", "839 ms", "1.20 s": three significant digits, ASCII units.</summary>
    public static string Duration(double nanoseconds)
    {
        if (!double.IsFinite(nanoseconds))
            return "n/a";
        double abs = Math.Abs(nanoseconds);
        // 999.6 us prints as "1.00 ms", not "1000 us".
        var (ns, unit) = Units.FirstOrDefault(u => abs >= u.Ns * 0.9995, Units[^1]);
        return Significant(nanoseconds / ns) + " " + unit;
    }

    /// <summary>A cost in ns per unit: more decimals for smaller costs ("14.1", "0.352", "1520").</summary>
    public static string Cost(double nanoseconds)
    {
        double abs = Math.Abs(nanoseconds);
        string format = abs >= 100 ? "F0" : abs >= 10 ? "F1" : abs >= 1 ? "F2" : "F3";
        return nanoseconds.ToString(format, CultureInfo.InvariantCulture);
    }

    /// <summary>"+4.6%", "-12.0%".</summary>
    public static string Percent(double percent) =>
        double.IsFinite(percent) ? percent.ToString("+0.0;-0.0;0.0", CultureInfo.InvariantCulture) + "%" : "n/a";

    private static string Significant(double value)
    {
        double abs = Math.Abs(value);
        string format = abs >= 99.95 ? "F0" : abs >= 9.995 ? "F1" : "F2";
        return value.ToString(format, CultureInfo.InvariantCulture);
    }
}
