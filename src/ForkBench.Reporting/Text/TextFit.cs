namespace ForkBench.Reporting.Text;

/// <summary>
/// Shortens a name to a width by cutting out its middle: ids share long
/// prefixes and differ at the end (".../rss=512MiB"), so both ends carry
/// the information a reader needs.
/// </summary>
public static class TextFit
{
    public const string Ellipsis = "..";

    public static string Abbreviate(string text, int width)
    {
        if (width <= 0)
            return "";
        if (text.Length <= width)
            return text;
        if (width <= Ellipsis.Length + 1)
            return text[..width];
        int keep = width - Ellipsis.Length;
        int head = (keep + 1) / 2;
        int tail = keep - head;
        return text[..head] + Ellipsis + text[^tail..];
    }

    /// <summary>Pads or abbreviates to exactly <paramref name="width"/> characters.</summary>
    public static string Left(string text, int width) => Abbreviate(text, width).PadRight(width);

    /// <inheritdoc cref="Left"/>
    public static string Right(string text, int width) => Abbreviate(text, width).PadLeft(width);

    /// <summary>Centres text in width (extra space goes right).</summary>
    public static string Center(string text, int width)
    {
        string fitted = Abbreviate(text, width);
        int left = (width - fitted.Length) / 2;
        return (new string(' ', left) + fitted).PadRight(width);
    }
}
