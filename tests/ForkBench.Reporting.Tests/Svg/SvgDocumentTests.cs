using System.Xml.Linq;
using ForkBench.Reporting.Svg;

namespace ForkBench.Reporting.Tests.Svg;

public class SvgDocumentTests
{
    [Fact]
    public void Output_is_well_formed_and_escapes_text()
    {
        var doc = new SvgDocument(800, 500);
        doc.Text(10, 20, "a < b & \"c\" > d", bold: true, rotate: -90);
        doc.Polyline([(1.005, 2), (3.333333, 4)], "#000000", dash: "4 2");
        var parsed = XDocument.Parse(doc.ToString());
        var text = parsed.Descendants(SvgGroup.Ns + "text").Single();
        Assert.Equal("a < b & \"c\" > d", text.Value);
        Assert.Equal("rotate(-90 10 20)", (string?)text.Attribute("transform"));
        Assert.Equal("1,2 3.33,4", (string?)parsed.Descendants(SvgGroup.Ns + "polyline").Single().Attribute("points"));
        Assert.Equal("0 0 800 500", (string?)parsed.Root!.Attribute("viewBox"));
    }

    [Theory]
    [InlineData(1.5, "1.5")]
    [InlineData(-0.001, "0")]
    [InlineData(1234567.891, "1234567.89")]
    public void Numbers_are_invariant(double value, string expected) => Assert.Equal(expected, SvgNumber.Format(value));

    [Fact]
    public void Non_finite_coordinates_are_refused() =>
        Assert.Throws<ArgumentException>(() => SvgNumber.Format(double.NaN));
}
