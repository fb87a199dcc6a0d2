using ForkBench.Results.Comparison;
using ForkBench.Reporting.Model;
using ForkBench.Reporting.Tests.Fixtures;
using ForkBench.Reporting.Text;

namespace ForkBench.Reporting.Tests.Text;

public class ComparisonTableWriterTests
{
    [Fact]
    public void Marks_follow_the_verdicts()
    {
        var rows = SampleReportData.Comparison();
        string text = ComparisonTableWriter.Write(rows, "6.8.0-45", "6.9.0-rc2");
        TextAssert.MailSafe(text);
        var lines = text.Split('\n');
        foreach (var row in rows)
        {
            // The row's first line holds the numbers and the start of the id.
            string tail = row.Id["native/fork/".Length..];
            string line = Assert.Single(lines, l => l.Contains(tail[..Math.Min(12, tail.Length)]) && l.Contains('%'));
            Assert.Contains(ComparisonTableWriter.Mark(row.Verdict), line);
            bool marked = line.Contains("* faster") || line.Contains("* slower");
            Assert.Equal(row.Verdict != Verdict.Same, marked);
            Assert.Equal(row.Verdict == Verdict.Same, line.Contains(" ~ "));
        }
    }

    [Fact]
    public void Prints_run_names_change_and_prefix()
    {
        string text = ComparisonTableWriter.Write(SampleReportData.Comparison(), "6.8.0-45", "6.9.0-rc2");
        Assert.Contains("ids below start with native/fork/", text);
        Assert.Contains("6.8.0-45", text);
        Assert.Contains("6.9.0-rc2", text);
        Assert.Matches(@"234\.0 ms\s+201\.0 ms\s+-14\.10%\s+\* faster\s+0\.840\.\.0\.880\s+anon-4k/pinned=", text);
        Assert.Contains("5 compared: 1 slower, 2 faster, 2 without significant change.", text);
    }

    [Theory]
    [InlineData(Verdict.Same, "~")]
    [InlineData(Verdict.Faster, "* faster")]
    [InlineData(Verdict.Slower, "* slower")]
    public void Mark_per_verdict(Verdict verdict, string mark) => Assert.Equal(mark, ComparisonTableWriter.Mark(verdict));

    [Theory]
    [InlineData(new[] { "a/b/c", "a/b/d" }, "a/b/")]
    [InlineData(new[] { "a/bc", "a/bd" }, "a/")]
    [InlineData(new[] { "ab", "ac" }, "")]
    public void Common_prefix_ends_at_a_slash(string[] ids, string expected) =>
        Assert.Equal(expected, ComparisonTableWriter.CommonPrefix(ids));

    [Fact]
    public void Random_inputs_stay_mail_safe_and_count_marks()
    {
        for (int seed = 0; seed < 200; seed++)
        {
            var rows = new RandomInputs(seed).Comparison();
            string text = ComparisonTableWriter.Write(rows, new string('b', seed % 40), "cur\u00e9nt");
            TextAssert.MailSafe(text);
            int marked = text.Split('\n').Count(l => l.Contains("* faster") || l.Contains("* slower"));
            Assert.Equal(rows.Count(r => r.Verdict != Verdict.Same), marked);
            // Nothing is cut off: the end of every id is still printed.
            foreach (var row in rows)
                Assert.Contains(TextAssert.Tail(row.Id), text.Replace("\n", "").Replace(" ", ""));
        }
    }
}
