using ScottPlot;
using SkiaSharp;

namespace ForkBench.Reporting.Plots;

/// <summary>
/// Answers every font request with the bundled DejaVu Sans, whatever family
/// was asked for: ScottPlot picks family names from the fonts installed on
/// the machine (and per label, by the characters it holds), and any
/// installed font reaching a plot would make its pixels depend on the host.
/// </summary>
internal sealed class EmbeddedFontResolver(SKTypeface regular, SKTypeface bold) : IFontResolver
{
    public SKTypeface CreateTypeface(string fontName, FontWeight weight, FontSlant slant, FontSpacing spacing) =>
        weight >= FontWeight.SemiBold ? bold : regular;

    public SKTypeface CreateTypeface(string fontName, bool bold, bool italic) =>
        bold ? CreateTypeface(fontName, FontWeight.Bold, FontSlant.Upright, FontSpacing.Normal)
             : CreateTypeface(fontName, FontWeight.Normal, FontSlant.Upright, FontSpacing.Normal);
}
