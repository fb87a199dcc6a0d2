using ForkBench.Reporting.Text;

namespace ForkBench.Reporting.Tests.Text;

public class ShellCommandLinesTests
{
    [Theory]
    [InlineData("dotnet run -c Release --project benchmarks/ForkBench.Benchmarks -- calibrate", "    ")]
    [InlineData("dotnet run -c Release --project benchmarks/ForkBench.Benchmarks -- report --from results/runs/20261130T090544Z-522c7f8b.json", "    ")]
    [InlineData("dotnet run -c Release --project /a/long/checkout/path/of/the/repository/benchmarks/ForkBench.Benchmarks -- report --from '/a path/with spaces/that stays one word/20261130T090544Z-522c7f8b.json'", "  ")]
    public void A_long_command_breaks_only_between_words_at_a_shell_continuation(string command, string indent)
    {
        var lines = ShellCommandLines.Wrap(command, indent);

        Assert.All(lines, line => Assert.True(line.Length <= AsciiText.MaxColumns, line));
        Assert.StartsWith(indent + "dotnet", lines[0], StringComparison.Ordinal);
        Assert.All(lines.Skip(1), line => Assert.StartsWith(indent + "  ", line, StringComparison.Ordinal));
        Assert.All(lines.SkipLast(1), line => Assert.EndsWith(" \\", line, StringComparison.Ordinal));
        // Read back as a shell reads it: the continuations join the lines into the command.
        Assert.Equal(command, string.Join(' ', lines.Select(l => l.Trim().TrimEnd('\\').Trim())));
    }

    [Fact]
    public void A_short_command_is_one_line()
    {
        Assert.Equal(["  forkbench calibrate"], ShellCommandLines.Wrap("forkbench calibrate", "  "));
    }
}
