namespace ForkBench.Results.Hosts;

/// <summary>
/// Pure parsing of sysfs multiple-choice files, where the active word is
/// bracketed: "always [madvise] never" selects "madvise".
/// </summary>
public static class SysfsChoiceParser
{
    /// <summary>The bracketed word, the whole (trimmed) text when nothing is bracketed, or null when empty.</summary>
    public static string? Selected(string text)
    {
        int open = text.IndexOf('[');
        int close = open < 0 ? -1 : text.IndexOf(']', open + 1);
        if (open >= 0 && close > open)
            return text[(open + 1)..close].Trim();
        string trimmed = text.Trim();
        return trimmed.Length == 0 ? null : trimmed;
    }
}
