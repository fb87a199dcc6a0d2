using System.Text;

namespace ForkBench.Reporting.Text;

/// <summary>
/// Makes arbitrary strings (CPU model names, scenario names from a result
/// file) safe for a plain-ASCII mail: mail clients and list archives mangle
/// anything else, and a tab renders at a width nobody agrees on.
/// </summary>
public static class AsciiText
{
    public const int MaxColumns = 80;

    public static string Sanitize(string? text)
    {
        if (string.IsNullOrEmpty(text))
            return "";
        var sb = new StringBuilder(text.Length);
        foreach (char c in text)
        {
            if (c is >= ' ' and <= '~')
                sb.Append(c);
            else
                sb.Append(Replacement(c));
        }
        return sb.ToString();
    }

    /// <summary>True when every character is printable ASCII or a newline.</summary>
    public static bool IsPlain(string text) => text.All(c => c is '\n' or (>= ' ' and <= '~'));

    private static string Replacement(char c) => c switch
    {
        '\t' or '\r' or '\n' => " ",
        '\u00b1' => "+-",
        '\u00b5' or '\u03bc' => "u",
        '\u00ae' => "(R)",
        '\u2122' => "(TM)",
        '\u00a9' => "(C)",
        '\u00d7' => "x",
        '\u2013' or '\u2014' or '\u2212' => "-",
        '\u2018' or '\u2019' => "'",
        '\u201c' or '\u201d' => "\"",
        '\u2026' => "...",
        '\u00a0' => " ",
        _ => "?",
    };
}
