namespace ForkBench.Reporting.Scales;

/// <summary>
/// Maps data values to a fraction of an axis (0 at the start, 1 at the
/// end); plots turn fractions into pixels. The domain always starts and
/// ends on a major tick, so the ticks cover the data.
/// </summary>
public interface IScale
{
    double DomainMin { get; }

    double DomainMax { get; }

    IReadOnlyList<Tick> Ticks { get; }

    /// <summary>Position of <paramref name="value"/> as a fraction of the axis; outside [0, 1] when outside the domain.</summary>
    double Fraction(double value);
}
