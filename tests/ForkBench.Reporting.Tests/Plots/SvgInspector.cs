using System.Globalization;
using System.Xml.Linq;
using ForkBench.Reporting.Plots;

namespace ForkBench.Reporting.Tests.Plots;

/// <summary>Reads back what a plot drew: parses the SVG and finds elements by CSS class.</summary>
internal sealed class SvgInspector
{
    private static readonly XNamespace Ns = "http://www.w3.org/2000/svg";

    public SvgInspector(string svg)
    {
        // XDocument.Parse throws on anything that is not well-formed XML.
        Document = XDocument.Parse(svg);
        Assert.Equal(Ns + "svg", Document.Root!.Name);
    }

    public XDocument Document { get; }

    public double Width => Number(Document.Root!, "width");

    public double Height => Number(Document.Root!, "height");

    public IEnumerable<XElement> WithClass(string cssClass) =>
        Document.Descendants().Where(e => ((string?)e.Attribute("class"))?.Split(' ').Contains(cssClass) == true);

    public IReadOnlyList<PlotRect> PlotAreas() =>
        WithClass("plot-area").Select(e => new PlotRect(Number(e, "x"), Number(e, "y"), Number(e, "width"), Number(e, "height"))).ToList();

    public IReadOnlyList<double> TickValues(string axis) =>
        WithClass("tick").Where(e => ((string)e.Attribute("class")!).Split(' ').Contains(axis))
            .Select(e => Number(e, "data-value")).ToList();

    public IReadOnlyList<string> LegendNames() =>
        WithClass("legend-entry").Select(e => (string)e.Attribute("data-series")!).ToList();

    public string Text(string cssClass) => string.Join(" ", WithClass(cssClass).Select(e => e.Value));

    public static double Number(XElement e, string attribute) =>
        double.Parse((string)e.Attribute(attribute)!, CultureInfo.InvariantCulture);

    public static IEnumerable<(double X, double Y)> Points(XElement e) =>
        ((string)e.Attribute("points")!).Split(' ', StringSplitOptions.RemoveEmptyEntries)
            .Select(p => p.Split(','))
            .Select(p => (double.Parse(p[0], CultureInfo.InvariantCulture), double.Parse(p[1], CultureInfo.InvariantCulture)));

    /// <summary>Every data mark (points, bars, bands, lines, error bars) lies inside one of the plot areas.</summary>
    public void AssertDataInsidePlotAreas()
    {
        var areas = PlotAreas();
        Assert.NotEmpty(areas);
        // Coordinates are rounded to 0.01 px each, so x + width may be off by 0.02.
        bool Inside(double x, double y) => areas.Any(a => a.Contains(x, y, tolerance: 0.025));
        foreach (var c in WithClass("point"))
            Assert.True(Inside(Number(c, "cx"), Number(c, "cy")), $"point outside the plot area: {c}");
        foreach (var r in WithClass("bar"))
        {
            double x = Number(r, "x"), y = Number(r, "y"), w = Number(r, "width"), h = Number(r, "height");
            Assert.True(Inside(x, y) && Inside(x + w, y + h), $"bar outside the plot area: {r}");
        }
        foreach (var e in WithClass("band").Concat(WithClass("series-line")).Concat(WithClass("cdf")))
            foreach (var (x, y) in Points(e))
                Assert.True(Inside(x, y), $"vertex ({x}, {y}) outside the plot area: {e.Attribute("class")}");
        foreach (var l in WithClass("errorbar").Concat(WithClass("floor")))
            Assert.True(Inside(Number(l, "x1"), Number(l, "y1")) && Inside(Number(l, "x2"), Number(l, "y2")),
                $"line outside the plot area: {l}");
    }

    /// <summary>Major ticks reach from at or below the smallest value to at or above the largest.</summary>
    public void AssertAxisCovers(string axis, IEnumerable<double> values)
    {
        var ticks = TickValues(axis);
        var data = values.ToList();
        Assert.NotEmpty(ticks);
        Assert.True(ticks.Min() <= data.Min() * (1 + 1e-9), $"{axis} ticks start at {ticks.Min()}, data at {data.Min()}");
        Assert.True(ticks.Max() >= data.Max() * (1 - 1e-9), $"{axis} ticks end at {ticks.Max()}, data at {data.Max()}");
    }
}
