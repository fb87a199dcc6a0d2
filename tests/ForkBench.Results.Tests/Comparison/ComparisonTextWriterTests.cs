using ForkBench.Results.Comparison;
using ForkBench.Results.Tests.Support;

namespace ForkBench.Results.Tests.Comparison;

public class ComparisonTextWriterTests
{
    private static string Render()
    {
        double[] baseline = TestDocuments.Normal(1, 40, 1234.5, 10);
        double[] slower = TestDocuments.Normal(2, 40, 1500.25, 10);
        var before = TestDocuments.Run("b", [TestDocuments.Measurement("model/fork/a", baseline), TestDocuments.Measurement("model/fork/gone", baseline)]);
        var now = TestDocuments.Run("c", [TestDocuments.Measurement("model/fork/a", slower)]);
        var writer = new StringWriter();
        ComparisonTextWriter.Write(RunComparer.Compare(before, now, ComparisonOptions.Default), writer);
        return writer.ToString();
    }

    [Fact]
    public void Shows_verdict_ratio_lists_and_result()
    {
        string text = Render();

        Assert.Contains("Slower", text);
        Assert.Contains("Only in baseline (1):\n  model/fork/gone", text.ReplaceLineEndings("\n"));
        Assert.Contains("Result: REGRESSION: 1 slower, 0 faster, 0 same, 0 unknown", text);
        Assert.Contains("Geometric mean of ratios over 1 id(s): 1.2", text);
    }

    [Fact]
    public void Is_identical_under_a_comma_decimal_culture()
    {
        string invariant = Render();
        string comma;
        using (new CommaDecimalCulture())
            comma = Render();

        Assert.Equal(invariant, comma);
        Assert.Matches(@"\d\.\d{3}  \[\d\.\d{3}, \d\.\d{3}\]", comma);
    }
}
