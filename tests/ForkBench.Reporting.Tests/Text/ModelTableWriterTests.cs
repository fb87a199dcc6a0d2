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
        Assert.Matches(@"folio-batch\s+388\s+372\.\.407\s+1\.00\s+131072\s+12\s+131072", text);
        Assert.Contains("[pinned]", text);
        Assert.Contains("atomics/PTE", text);
    }

    [Fact]
    public void Many_groups_split_into_several_matrices()
    {
        var results = Enumerable.Range(0, 12)
            .Select(g => new ForkBench.Reporting.Model.VariantResult($"group-{g}", "v", g + 1, g, g + 2))
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
