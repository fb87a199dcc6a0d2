using ForkBench.Benchmarks.Cli;

namespace ForkBench.Benchmarks.Tests.Cli;

public class CountsCommandTests
{
    [Fact]
    public void Progress_never_shares_a_line_with_a_table_row()
    {
        // stdout and stderr into one stream, as on a terminal.
        var both = new StringWriter { NewLine = "\n" };

        int code = CommandDispatcher.Dispatch(["counts", "--size", "64MiB", "--layout", "anon-4k", "--pinned", "0,all", "--variant", "v5.8,mmf-5.14"], both, both);

        Assert.Equal(ExitCodes.Success, code);
        string[] lines = both.ToString().Split('\n');
        // Table rows start with the variant id; progress lines with "counting".
        string[] rows = [.. lines.Where(l => l.Contains("v5.8 ", StringComparison.Ordinal) || l.Contains("mmf-5.14 ", StringComparison.Ordinal))
            .Where(l => !l.StartsWith("counting ", StringComparison.Ordinal))];
        Assert.Equal(4, rows.Length);
        Assert.All(rows, row => Assert.Matches("^(v5\\.8|mmf-5\\.14) +[0-9]", row));
        Assert.All(rows, row => Assert.DoesNotContain("counting", row));
        Assert.All(lines, line => Assert.DoesNotContain('\r', line));
    }

    [Fact]
    public void A_layout_the_variants_kernel_lacks_prints_the_reason_instead_of_counts()
    {
        var output = new StringWriter { NewLine = "\n" };

        int code = CommandDispatcher.Dispatch(["counts", "--size", "4MiB", "--layout", "anon-64k", "--pinned", "0", "--variant", "v5.8,pte-batch-6.9"], output, TextWriter.Null);

        Assert.Equal(ExitCodes.Success, code);
        string[] lines = output.ToString().Split('\n');
        Assert.Contains(lines, l => l.StartsWith("v5.8 ", StringComparison.Ordinal) && l.Contains("n/a: anon-64k: v5.8 models a 5.8 kernel", StringComparison.Ordinal));
        Assert.Contains(lines, l => System.Text.RegularExpressions.Regex.IsMatch(l, "^pte-batch-6\\.9 +[0-9]"));
    }

    [Fact]
    public void On_a_terminal_the_progress_line_is_wiped_before_the_next_output()
    {
        var terminal = new StringWriter();
        var progress = new ProgressLine(terminal, redrawInPlace: true);

        progress.Show("counting a long scenario name");
        progress.Show("counting b");
        progress.Clear();

        string text = terminal.ToString();
        // The second draw pads over the first; the wipe blanks what is on the
        // line and returns to its start, so what follows starts clean.
        Assert.Contains("\rcounting b" + new string(' ', "counting a long scenario name".Length - "counting b".Length), text);
        Assert.EndsWith("\r" + new string(' ', "counting b".Length) + "\r", text);
    }
}
