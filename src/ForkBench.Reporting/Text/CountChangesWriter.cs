namespace ForkBench.Reporting.Text;

/// <summary>
/// The model's exact counts that changed since the baseline. A count is
/// deterministic, so a change is certain (the model does other work), and
/// is listed apart from the timing verdicts, which are statistical.
/// </summary>
public static class CountChangesWriter
{
    public const string Title = "Exact counts changed since the baseline (certain: the model does other work)";

    public static string Write(IReadOnlyList<string> changes)
    {
        var lines = new List<string>();
        lines.AddRange(TextWrap.Wrap(Title, AsciiText.MaxColumns));
        // Indented under the title; the wrapper drops leading blanks, so the
        // indent is added to each wrapped line.
        foreach (string change in changes)
            lines.AddRange(TextWrap.Wrap(AsciiText.Sanitize(change), AsciiText.MaxColumns - 2).Select(line => "  " + line));
        return string.Join('\n', lines) + "\n";
    }
}
