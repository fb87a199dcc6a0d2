namespace ForkBench.Reporting.Png;

public enum PngConversionStatus
{
    /// <summary>The PNG was written.</summary>
    Converted,

    /// <summary>No converter is available; the SVG stands alone. Not an error.</summary>
    Skipped,

    /// <summary>The converter ran and failed.</summary>
    Failed,
}
