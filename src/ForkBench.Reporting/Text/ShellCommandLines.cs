namespace ForkBench.Reporting.Text;

/// <summary>
/// A shell command kept to 80 columns: broken between its words, each line
/// but the last ending in a backslash continuation, so the lines still paste
/// into a shell as one command. Words are split at spaces outside single
/// quotes (how printed commands quote an argument), so a quoted argument is
/// never broken.
/// </summary>
public static class ShellCommandLines
{
    private const string Continuation = " \\";

    /// <param name="indent">Before the first line; the continuation lines get two spaces more.</param>
    public static IReadOnlyList<string> Wrap(string command, string indent)
    {
        ArgumentNullException.ThrowIfNull(command);
        ArgumentNullException.ThrowIfNull(indent);
        var lines = new List<string>();
        var line = new System.Text.StringBuilder(indent);
        bool empty = true;
        foreach (string word in Words(command))
        {
            if (!empty && line.Length + 1 + word.Length + Continuation.Length > AsciiText.MaxColumns)
            {
                lines.Add(line.Append(Continuation).ToString());
                line.Clear().Append(indent).Append("  ");
                empty = true;
            }
            line.Append(empty ? "" : " ").Append(word);
            empty = false;
        }
        lines.Add(line.ToString());
        return lines;
    }

    private static IEnumerable<string> Words(string command)
    {
        var word = new System.Text.StringBuilder();
        bool quoted = false;
        foreach (char c in command)
        {
            if (c == '\'')
                quoted = !quoted;
            if (c == ' ' && !quoted)
            {
                if (word.Length > 0)
                    yield return word.ToString();
                word.Clear();
                continue;
            }
            word.Append(c);
        }
        if (word.Length > 0)
            yield return word.ToString();
    }
}
