using ForkBench.Reporting.Model;
using ForkBench.Reporting.Tests.Fixtures;
using ForkBench.Reporting.Text;

namespace ForkBench.Reporting.Tests.Text;

public class ModelTableWriterTests
{
    [Fact]
    public void Sample_matrix_and_counts()
    {
        var results = SampleReportData.Model();
        string text = ModelTableWriter.Write(results);
        TextAssert.MailSafe(text);
        Assert.Matches(@"upstream\s+11\.8\s+402\s+9\.30", text);
        Assert.Matches(@"folio-batch\s+388\s+376\.\.404\s+1\.00\s+131072\s+12\s+131072", text);
        Assert.Contains("[pinned]", text);
        Assert.Contains("atomics/PTE", text);
        // Every interval within -3%..+4%: nothing to mark or explain.
        Assert.DoesNotContain("wide", text);
        Assert.DoesNotContain("!", text);
    }

    [Fact]
    public void Wide_and_missing_intervals_are_marked_in_both_tables()
    {
        VariantResult[] results =
        [
            new("4 KiB", "noisy", 10, 9, 12.6),
            new("4 KiB", "steady", 10, 9.7, 10.3),
            new("4 KiB", "few", 10, null, null),
        ];

        string text = ModelTableWriter.Write(results);

        TextAssert.MailSafe(text);
        Assert.Matches(@"noisy\s+10\.0!", text);
        Assert.Matches(@"steady\s+10\.0\s*\n", text);
        Assert.Matches(@"few\s+10\.0!", text);
        Assert.Matches(@"noisy\s+10\.0\s+9\.00\.\.12\.6 wide", text);
        Assert.Matches(@"steady\s+10\.0\s+9\.70\.\.10\.3\s", text);
        Assert.Matches(@"few\s+10\.0\s+no interval", text);
        Assert.Contains("wide: the 95% interval of the median is wider than +-5% (n too small or too noisy); no interval: fewer than 6 samples",
            string.Join(' ', text.Split('\n')));
    }

    [Fact]
    public void Many_groups_split_into_several_matrices()
    {
        var results = Enumerable.Range(0, 12)
            .Select(g => new VariantResult($"group-{g}", "v", g + 1, g, g + 2))
            .ToList();
        string text = ModelTableWriter.Write(results);
        TextAssert.MailSafe(text);
        for (int g = 0; g < 12; g++)
            Assert.Contains($"group-{g}", text);
    }

    [Fact]
    public void Random_inputs_stay_mail_safe()
    {
        for (int seed = 0; seed < 200; seed++)
            TextAssert.MailSafe(ModelTableWriter.Write(new RandomInputs(seed).Model()));
    }
}
