using System.Globalization;

namespace ForkBench.Results.Comparison;

/// <summary>
/// The one way every option takes a share (--threshold, --alpha,
/// --ci-width): "5%" and "0.05" both mean five percent. A bare number must
/// be below 1 (a fraction); "5" is refused rather than guessed, since it
/// could mean 5% or 500%.
/// </summary>
public static class FractionText
{
    public const string Rule = "a percentage such as 5% or a fraction below 1 such as 0.05";

    /// <summary>Parses invariantly; false for anything negative, not finite, or a bare number of 1 or more.</summary>
    public static bool TryParse(string text, out double fraction)
    {
        fraction = 0;
        string trimmed = text.Trim();
        bool percent = trimmed.EndsWith('%');
        string number = percent ? trimmed[..^1].TrimEnd() : trimmed;
        if (!double.TryParse(number, NumberStyles.Float, CultureInfo.InvariantCulture, out double value) || !double.IsFinite(value) || value < 0)
            return false;
        if (!percent && value >= 1)
            return false;
        fraction = percent ? value / 100 : value;
        return true;
    }

    /// <summary>"5%", "0.5%": a fraction as the percentage a reader expects.</summary>
    public static string Format(double fraction) =>
        (fraction * 100).ToString("0.###", CultureInfo.InvariantCulture) + "%";
}
