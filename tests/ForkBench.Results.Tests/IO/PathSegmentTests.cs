using ForkBench.Results.IO;

namespace ForkBench.Results.Tests.IO;

public class PathSegmentTests
{
    [Theory]
    [InlineData("20261122T010619Z-1900c8d3")]
    [InlineData("intel-xeon-processor-2c-24g-k6.18-vm-8e81608e")]
    [InlineData("model")]
    [InlineData("my_run.2")]
    public void Plain_names_are_valid(string text) => Assert.True(PathSegment.IsValid(text));

    [Theory]
    [InlineData("../../../somewhere/victim")]
    [InlineData("..")]
    [InlineData("a..b")]
    [InlineData(".hidden")]
    [InlineData("-option")]
    [InlineData("a/b")]
    [InlineData("a\\b")]
    [InlineData("/etc")]
    [InlineData("a b")]
    [InlineData("")]
    [InlineData(null)]
    [InlineData("r\u00e9sum\u00e9")]
    public void Anything_that_could_name_another_path_is_refused(string? text)
    {
        Assert.False(PathSegment.IsValid(text));
        Assert.Throws<ResultsDataException>(() => PathSegment.Require(text, "run id"));
    }

    [Fact]
    public void Long_names_are_refused() => Assert.False(PathSegment.IsValid(new string('a', PathSegment.MaxLength + 1)));
}
