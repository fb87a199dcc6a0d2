namespace ForkBench.Reporting.Text;

/// <summary>
/// The model's exact counts that changed since the baseline. A count is
/// deterministic, so a change is certain (the model does other work), and
/// is listed apart from the timing verdicts, which are statistical.
/// </summary>
public static class CountChangesWriter
{
    public const string Title = "Exact counts changed since the baseline (certain: the model does other work)";

    /// <summary>Under the list when a count is absent on one side: a count one tool records and the other does not is new or retired, not more or less work.</summary>
    public const string AbsentNote = "absent: the tool that made that side does not record the count (a count added or retired since), so it is no rise or fall.";

    public static string Write(IReadOnlyList<string> changes)
    {
        var lines = new List<string>();
        lines.AddRange(TextWrap.Wrap(Title, AsciiText.MaxColumns));
        // Indented under the title; the wrapper drops leading blanks, so the
        // indent is added to each wrapped line.
        foreach (string change in changes)
            lines.AddRange(TextWrap.Wrap(AsciiText.Sanitize(change), AsciiText.MaxColumns - 2).Select(line => "  " + line));
        if (changes.Any(c => c.Contains(" absent ", StringComparison.Ordinal) || c.EndsWith(" absent", StringComparison.Ordinal)))
            lines.AddRange(TextWrap.Wrap(AbsentNote, AsciiText.MaxColumns));
        return string.Join('\n', lines) + "\n";
    }
}
