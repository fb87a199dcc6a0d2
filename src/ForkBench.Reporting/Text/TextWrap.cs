namespace ForkBench.Reporting.Text;

/// <summary>
/// Word wrapping for a fixed-width mail. Words longer than the width
/// (measurement ids, sysfs paths) are broken after a separator such as
/// '/' or '=' so each piece is still recognisable; only a word without any
/// separator is cut hard.
/// </summary>
public static class TextWrap
{
    private const string BreakAfter = "/=,-_";

    public static IReadOnlyList<string> Wrap(string text, int width)
    {
        if (width < 1)
            throw new ArgumentOutOfRangeException(nameof(width));
        var lines = new List<string>();
        string current = "";
        foreach (string word in text.Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            if (current.Length == 0 && word.Length <= width)
                current = word;
            else if (current.Length + 1 + word.Length <= width)
                current += " " + word;
            else
            {
                if (current.Length > 0)
                    lines.Add(current);
                current = "";
                foreach (string piece in BreakWord(word, width))
                {
                    if (current.Length > 0)
                        lines.Add(current);
                    current = piece;
                }
            }
        }
        if (current.Length > 0 || lines.Count == 0)
            lines.Add(current);
        return lines;
    }

    /// <summary>Splits one word into pieces of at most width characters.</summary>
    public static IEnumerable<string> BreakWord(string word, int width)
    {
        int start = 0;
        while (word.Length - start > width)
        {
            int end = start + width;
            int cut = word.LastIndexOfAny(BreakAfter.ToCharArray(), end - 1, width - 1);
            // A break right at the start would make no progress: cut hard instead.
            int length = cut > start ? cut + 1 - start : width;
            yield return word.Substring(start, length);
            start += length;
        }
        yield return word[start..];
    }
}
