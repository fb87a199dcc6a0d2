using System.Xml.Linq;

namespace ForkBench.Reporting.Svg;

/// <summary>
/// A standalone SVG image of a fixed pixel size on a white background (a
/// transparent PNG is unreadable in a dark-mode mail client).
/// </summary>
public sealed class SvgDocument : SvgGroup
{
    /// <summary>Fonts rsvg-convert finds on a typical Linux box first, then what browsers have.</summary>
    public const string FontFamily = "DejaVu Sans, Liberation Sans, Arial, Helvetica, sans-serif";

    public SvgDocument(double width, double height)
        : base(new XElement(Ns + "svg",
            new XAttribute("width", SvgNumber.Format(width)),
            new XAttribute("height", SvgNumber.Format(height)),
            new XAttribute("viewBox", $"0 0 {SvgNumber.Format(width)} {SvgNumber.Format(height)}"),
            new XAttribute("font-family", FontFamily)))
    {
        Width = width;
        Height = height;
        Rect(0, 0, width, height, "#ffffff", cssClass: "background");
    }

    public double Width { get; }

    public double Height { get; }

    /// <summary>The document as UTF-8 XML text with an XML declaration.</summary>
    public override string ToString()
    {
        var doc = new XDocument(new XDeclaration("1.0", "UTF-8", null), Element);
        return doc.Declaration + "\n" + doc.Root!.ToString(SaveOptions.None) + "\n";
    }
}
