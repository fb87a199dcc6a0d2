using System.Xml.Linq;

namespace ForkBench.Reporting.Svg;

/// <summary>
/// A container of SVG shapes with one method per shape the plots use.
/// Elements are built with System.Xml.Linq, so text is always escaped and
/// the output is always well-formed XML. Each method returns the element so
/// a plot can tag it (class, data-series) for tests and for readers who
/// open the SVG in a browser.
/// </summary>
public class SvgGroup
{
    public static readonly XNamespace Ns = "http://www.w3.org/2000/svg";

    internal SvgGroup(XElement element) => Element = element;

    public XElement Element { get; }

    public SvgGroup Group(string? cssClass = null)
    {
        var g = Add("g", cssClass);
        return new SvgGroup(g);
    }

    public XElement Line(double x1, double y1, double x2, double y2, string stroke, double width = 1,
        string? dash = null, string? cssClass = null)
    {
        var e = Add("line", cssClass,
            ("x1", SvgNumber.Format(x1)), ("y1", SvgNumber.Format(y1)),
            ("x2", SvgNumber.Format(x2)), ("y2", SvgNumber.Format(y2)),
            ("stroke", stroke), ("stroke-width", SvgNumber.Format(width)));
        if (dash is not null)
            e.SetAttributeValue("stroke-dasharray", dash);
        return e;
    }

    public XElement Rect(double x, double y, double width, double height, string fill,
        string? stroke = null, string? cssClass = null)
    {
        var e = Add("rect", cssClass,
            ("x", SvgNumber.Format(x)), ("y", SvgNumber.Format(y)),
            ("width", SvgNumber.Format(Math.Max(0, width))), ("height", SvgNumber.Format(Math.Max(0, height))),
            ("fill", fill));
        if (stroke is not null)
            e.SetAttributeValue("stroke", stroke);
        return e;
    }

    public XElement Circle(double cx, double cy, double r, string fill, string? stroke = null, string? cssClass = null)
    {
        var e = Add("circle", cssClass,
            ("cx", SvgNumber.Format(cx)), ("cy", SvgNumber.Format(cy)), ("r", SvgNumber.Format(r)), ("fill", fill));
        if (stroke is not null)
            e.SetAttributeValue("stroke", stroke);
        return e;
    }

    public XElement Polyline(IEnumerable<(double X, double Y)> points, string stroke, double width = 1.5,
        string? dash = null, string? cssClass = null)
    {
        var e = Add("polyline", cssClass,
            ("points", SvgNumber.Points(points)), ("fill", "none"), ("stroke", stroke),
            ("stroke-width", SvgNumber.Format(width)), ("stroke-linejoin", "round"));
        if (dash is not null)
            e.SetAttributeValue("stroke-dasharray", dash);
        return e;
    }

    public XElement Polygon(IEnumerable<(double X, double Y)> points, string fill, double opacity = 1, string? cssClass = null) =>
        Add("polygon", cssClass,
            ("points", SvgNumber.Points(points)), ("fill", fill), ("fill-opacity", SvgNumber.Format(opacity)), ("stroke", "none"));

    /// <summary>Text; <paramref name="anchor"/> is start, middle or end; <paramref name="rotate"/> in degrees about (x, y).</summary>
    public XElement Text(double x, double y, string text, double size = 13, string anchor = "start",
        string fill = "#222222", bool bold = false, double rotate = 0, string? cssClass = null)
    {
        var e = Add("text", cssClass,
            ("x", SvgNumber.Format(x)), ("y", SvgNumber.Format(y)),
            ("font-size", SvgNumber.Format(size)), ("text-anchor", anchor), ("fill", fill));
        if (bold)
            e.SetAttributeValue("font-weight", "bold");
        if (rotate != 0)
            e.SetAttributeValue("transform", $"rotate({SvgNumber.Format(rotate)} {SvgNumber.Format(x)} {SvgNumber.Format(y)})");
        e.Value = text;
        return e;
    }

    /// <summary>A tooltip for the enclosing element, shown by browsers on hover.</summary>
    public static void Title(XElement element, string text) => element.AddFirst(new XElement(Ns + "title", text));

    private XElement Add(string name, string? cssClass, params (string Name, string Value)[] attributes)
    {
        var e = new XElement(Ns + name);
        if (cssClass is not null)
            e.SetAttributeValue("class", cssClass);
        foreach (var (n, v) in attributes)
            e.SetAttributeValue(n, v);
        Element.Add(e);
        return e;
    }
}
