namespace ForkBench.Results.Serialization;

/// <summary>Where a run document was saved, and why not where it was asked to go (null when it was).</summary>
public sealed record SavedRun(string Path, string? PrimaryFailure)
{
    public bool IsFallback => PrimaryFailure is not null;
}
