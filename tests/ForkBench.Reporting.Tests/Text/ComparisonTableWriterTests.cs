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
            // A row is one line: its label, then the numbers.
            string line = Assert.Single(lines, l => l.StartsWith(row.Label + " ", StringComparison.Ordinal) && l.Contains('%'));
            Assert.Contains(ComparisonTableWriter.Mark(row.Verdict), line);
            bool marked = line.Contains("* faster") || line.Contains("* slower");
            Assert.Equal(row.Verdict != Verdict.Same, marked);
            Assert.Equal(row.Verdict == Verdict.Same, line.Contains(" ~ "));
        }
    }

    [Fact]
    public void Prints_run_names_label_and_change()
    {
        string text = ComparisonTableWriter.Write(SampleReportData.Comparison(), "6.8.0-45", "6.9.0-rc2");
        Assert.Contains("baseline: 6.8.0-45; current: 6.9.0-rc2", text);
        Assert.Matches(@"\n4 KiB pinned 512 MiB\s+234\.0 ms\s+201\.0 ms\s+-14\.10%\s+\* faster\s+0\.840\.\.0\.880\n", text);
        Assert.Contains("5 compared: 1 slower, 2 faster, 2 without significant change.", text);
    }

    [Theory]
    [InlineData(Verdict.Same, "~")]
    [InlineData(Verdict.Faster, "* faster")]
    [InlineData(Verdict.Slower, "* slower")]
    public void Mark_per_verdict(Verdict verdict, string mark) => Assert.Equal(mark, ComparisonTableWriter.Mark(verdict));

    [Fact]
    public void Long_ids_never_wrap_and_are_listed_once_below()
    {
        var rows = new[]
        {
            Row("native/fork/anon-4k/pin=first-1of64/rss=64mib", "4 KiB 1/64 pinned 64 MiB", Verdict.Slower),
            Row("model/fork-layout/pte-batch-6.9/anon-thp/pin=all/rss=1gib", "fork-layout pte-batch-6.9 THP pinned 1 GiB", Verdict.Faster),
            Row("native/fork-exit-reap/anon-4k/pin=unpinned-all/rss=256mib", "sticky (pin, unpin) 256 MiB exit+reap", Verdict.Same),
            Row("native/vfork/floor", "", Verdict.Unknown),
        };

        string text = ComparisonTableWriter.Write(rows, "20261122T010619Z-1900c8d3", "20261130T072332Z-31eb02de");

        TextAssert.MailSafe(text);
        var lines = text.Split('\n');
        int rule = Array.FindIndex(lines, l => l.StartsWith("---", StringComparison.Ordinal));
        // The table is the rule's header plus exactly one line per row.
        Assert.Equal(rows.Length, lines.Skip(rule + 1).TakeWhile(l => l.Length > 0).Count());
        foreach (var (row, line) in rows.Zip(lines.Skip(rule + 1)))
        {
            Assert.Contains(ComparisonTableWriter.Mark(row.Verdict), line);
            Assert.DoesNotContain("/rss=", line);
        }
        // A label longer than its column is cut in the middle, keeping both ends.
        Assert.Matches(@"^fork-layout .*\.\..* 1 GiB\s", lines[rule + 2]);
        int ids = Array.IndexOf(lines, "Ids:");
        Assert.True(ids > rule);
        foreach (var row in rows)
        {
            // The id is printed once, except where it stands in for a missing label.
            int at = Assert.Single(Enumerable.Range(0, lines.Length), i => lines[i].Contains(row.Id, StringComparison.Ordinal) && i > ids && lines[i].StartsWith(' '));
            Assert.Equal("    " + row.Id, lines[at]);
            if (row.Label.Length > 0)
                Assert.Single(lines, l => l.Contains(row.Id, StringComparison.Ordinal));
            Assert.Equal(row.Name, lines[at - 1]);
        }
    }

    private static ComparisonRow Row(string id, string label, Verdict verdict) =>
        new(id, label, 1e6, 1.2e6, 20, 1.1, 1.3, verdict, "ns");

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
