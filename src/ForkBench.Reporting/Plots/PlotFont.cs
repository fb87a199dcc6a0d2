using ScottPlot;
using SkiaSharp;

namespace ForkBench.Reporting.Plots;

/// <summary>
/// The one font of every plot (DejaVu Sans, embedded in this assembly) and
/// text measurement with it, so labels are shortened to the width they
/// really take rather than to a guess per character.
/// </summary>
internal static class PlotFont
{
    public const string Family = "DejaVu Sans";

    private static readonly Lazy<(SKTypeface Regular, SKTypeface Bold)> Typefaces = new(Install);

    /// <summary>Registers the embedded font with ScottPlot (once per process) before any plot is built.</summary>
    public static void EnsureInstalled() => _ = Typefaces.Value;

    /// <summary>Width in pixels of <paramref name="text"/> at <paramref name="size"/> pixels.</summary>
    public static double Width(string text, double size, bool bold = false)
    {
        using var font = new SKFont(bold ? Typefaces.Value.Bold : Typefaces.Value.Regular, (float)size);
        return font.MeasureText(text);
    }

    /// <summary>The longest prefix-and-suffix abbreviation of <paramref name="text"/> that fits <paramref name="width"/> pixels.</summary>
    public static string Fit(string text, double size, double width, bool bold = false)
    {
        for (int chars = text.Length; chars > 4; chars--)
        {
            string candidate = Text.TextFit.Abbreviate(text, chars);
            if (Width(candidate, size, bold) <= width)
                return candidate;
        }
        return Text.TextFit.Abbreviate(text, 4);
    }

    private static (SKTypeface Regular, SKTypeface Bold) Install()
    {
        var regular = Load("DejaVuSans.ttf");
        var bold = Load("DejaVuSans-Bold.ttf");
        // First in the list: ScottPlot asks its resolvers in order before it
        // looks at the fonts installed on the machine.
        Fonts.FontResolvers.Insert(0, new EmbeddedFontResolver(regular, bold));
        Fonts.Default = Family;
        Fonts.Sans = Family;
        return (regular, bold);
    }

    private static SKTypeface Load(string file)
    {
        string name = "ForkBench.Reporting.Fonts." + file;
        using var stream = typeof(PlotFont).Assembly.GetManifestResourceStream(name)
            ?? throw new InvalidOperationException($"Embedded font {name} is missing from the assembly.");
        return SKTypeface.FromStream(stream)
            ?? throw new InvalidOperationException($"Embedded font {name} could not be read.");
    }
}
