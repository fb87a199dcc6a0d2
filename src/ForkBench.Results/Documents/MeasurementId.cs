using System.Text;

namespace ForkBench.Results.Documents;

/// <summary>
/// Rules for measurement ids: '/'-separated, non-empty segments of
/// printable ASCII without spaces, e.g. "native/fork/anon-thp/pin=io_uring/rss=512MiB".
/// An id never changes meaning; a changed meaning gets a new id.
/// </summary>
public static class MeasurementId
{
    public const int MaxLength = 300;

    private const string AllowedPunctuation = "._=+,:@%-";

    public static bool IsValid(string? id) =>
        !string.IsNullOrEmpty(id)
        && id.Length <= MaxLength
        && id.Split('/').All(segment => segment.Length > 0 && segment.All(IsAllowed));

    /// <summary>
    /// Makes text safe as one segment: every character outside the allowed
    /// set (including '/') becomes '_', an empty text becomes "_".
    /// </summary>
    public static string Segment(string text)
    {
        var builder = new StringBuilder(text.Length);
        foreach (char c in text)
            builder.Append(IsAllowed(c) ? c : '_');
        return builder.Length == 0 ? "_" : builder.ToString();
    }

    /// <summary>The spelling an id has today; see <see cref="LegacyIds"/>.</summary>
    public static string Canonical(string id) => LegacyIds.Canonical(id);

    private static bool IsAllowed(char c) => char.IsAsciiLetterOrDigit(c) || AllowedPunctuation.Contains(c);
}
