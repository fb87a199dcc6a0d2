using ForkBench.Reporting.Text;

namespace ForkBench.Reporting.Tests.Text;

/// <summary>The rules every text a report prints must keep.</summary>
internal static class TextAssert
{
    public static void MailSafe(string text)
    {
        Assert.DoesNotContain('\t', text);
        Assert.DoesNotContain('\r', text);
        var lines = text.Split('\n');
        for (int i = 0; i < lines.Length; i++)
        {
            string line = lines[i];
            Assert.True(line.Length <= 80, $"line {i + 1} has {line.Length} columns: '{line}'");
            Assert.True(line.All(c => c is >= ' ' and <= '~'), $"line {i + 1} is not plain ASCII: '{line}'");
            Assert.True(line.Length == 0 || line[^1] != ' ', $"line {i + 1} has trailing blanks: '{line}'");
        }
    }

    /// <summary>The last few characters of a name as the report prints them (sanitised, without blanks).</summary>
    public static string Tail(string name)
    {
        string clean = AsciiText.Sanitize(name).Replace(" ", "");
        return clean[Math.Max(0, clean.Length - 6)..];
    }
}
