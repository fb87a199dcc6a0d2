using System.Globalization;

namespace ForkBench.Results.Tests.Support;

/// <summary>
/// Sets the current culture to one that writes 1234.5 as "1.234,5" for the
/// scope's lifetime. The projects build with InvariantGlobalization, which
/// refuses named cultures such as de-DE, so the culture is a clone of the
/// invariant one with German number separators: exactly the settings that
/// break culture-sensitive number formatting.
/// </summary>
public sealed class CommaDecimalCulture : IDisposable
{
    private readonly CultureInfo _previous = CultureInfo.CurrentCulture;
    private readonly CultureInfo _previousUi = CultureInfo.CurrentUICulture;

    public CommaDecimalCulture()
    {
        var culture = (CultureInfo)CultureInfo.InvariantCulture.Clone();
        culture.NumberFormat.NumberDecimalSeparator = ",";
        culture.NumberFormat.NumberGroupSeparator = ".";
        culture.NumberFormat.PercentDecimalSeparator = ",";
        culture.NumberFormat.CurrencyDecimalSeparator = ",";
        CultureInfo.CurrentCulture = culture;
        CultureInfo.CurrentUICulture = culture;
    }

    public void Dispose()
    {
        CultureInfo.CurrentCulture = _previous;
        CultureInfo.CurrentUICulture = _previousUi;
    }
}
