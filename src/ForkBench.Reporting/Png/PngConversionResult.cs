namespace ForkBench.Reporting.Png;

/// <summary>
/// What happened to one PNG. A skip is typed and carries a hint for the
/// user (what to install), so the report can say how to get the PNGs.
/// </summary>
public sealed record PngConversionResult(PngConversionStatus Status, string Message, string? Hint = null)
{
    public static PngConversionResult Converted(string pngPath) => new(PngConversionStatus.Converted, pngPath);

    public static PngConversionResult Skipped(string reason, string hint) => new(PngConversionStatus.Skipped, reason, hint);

    public static PngConversionResult Failed(string message) => new(PngConversionStatus.Failed, message);
}
