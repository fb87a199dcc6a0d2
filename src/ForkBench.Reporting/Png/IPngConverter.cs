namespace ForkBench.Reporting.Png;

/// <summary>Turns an SVG file into a PNG file; behind an interface so reports can be tested without the tool.</summary>
public interface IPngConverter
{
    PngConversionResult Convert(string svgPath, string pngPath);
}
