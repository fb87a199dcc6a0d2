namespace ForkBench.Benchmarks.Cli;

/// <summary>
/// One progress line on stderr. On a terminal it is redrawn in place and
/// wiped before the command writes anything else, so it never shares a line
/// with a table row; anywhere else (a file, a pipe, a test) each update is a
/// plain line of its own.
/// </summary>
public sealed class ProgressLine(TextWriter error, bool redrawInPlace)
{
    private int _shown;

    /// <summary>Redraws in place only when <paramref name="error"/> is the console's stderr and that is a terminal.</summary>
    public static ProgressLine For(TextWriter error) =>
        new(error, ReferenceEquals(error, Console.Error) && !Console.IsErrorRedirected);

    public void Show(string text)
    {
        if (!redrawInPlace)
        {
            error.WriteLine(text);
            return;
        }
        error.Write("\r" + text.PadRight(_shown));
        error.Flush();
        _shown = text.Length;
    }

    /// <summary>Wipes the line (terminal only), so the next output starts on a clean line.</summary>
    public void Clear()
    {
        if (!redrawInPlace || _shown == 0)
            return;
        error.Write("\r" + new string(' ', _shown) + "\r");
        error.Flush();
        _shown = 0;
    }
}
