namespace ForkBench.Native.Host;

/// <summary>
/// Reads a transparent_hugepage sysfs value. Multiple-choice files list every
/// choice with the active one in brackets ("always [madvise] never"); others
/// hold a plain value ("2097152").
/// </summary>
public static class ThpSettingParser
{
    /// <summary>The active choice, or the trimmed text when there are no brackets.</summary>
    public static string Selected(string text)
    {
        int open = text.IndexOf('[');
        int close = open < 0 ? -1 : text.IndexOf(']', open + 1);
        return close > open && open >= 0 ? text[(open + 1)..close] : text.Trim();
    }

    /// <summary>Every choice the file offers, brackets removed.</summary>
    public static IReadOnlyList<string> Choices(string text) =>
        text.Replace("[", "", StringComparison.Ordinal).Replace("]", "", StringComparison.Ordinal)
            .Split([' ', '\n'], StringSplitOptions.RemoveEmptyEntries);
}
