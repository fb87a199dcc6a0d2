namespace ForkBench.Native.Processes;

/// <summary>One thing the layout assumed or could not read, as one line for the user.</summary>
public sealed record LayoutWarning(LayoutWarningKind Kind, string Message)
{
    public override string ToString() => Message;
}
