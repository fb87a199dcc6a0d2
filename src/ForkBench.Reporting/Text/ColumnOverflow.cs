namespace ForkBench.Reporting.Text;

/// <summary>What a column may do when the table is wider than the page.</summary>
public enum ColumnOverflow
{
    /// <summary>Never narrowed (numbers: a cut number would lie).</summary>
    Keep,

    /// <summary>Cut in the middle ("anon-4k..=512MiB").</summary>
    Abbreviate,

    /// <summary>Continued on following lines of the same row.</summary>
    Wrap,
}
