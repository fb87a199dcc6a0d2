namespace ForkBench.Reporting.Text;

/// <summary>Alignment of a text table column; numbers align right so digits line up.</summary>
public enum ColumnAlign
{
    Left,
    Right,
}
