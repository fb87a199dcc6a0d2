namespace ForkBench.Results.IO;

/// <summary>
/// Reads small text files (/proc, /sys, .git). Injected so that every
/// parser above it runs on fixture strings in tests, on any machine.
/// </summary>
public interface ITextFileSource
{
    /// <summary>The whole file, or null when it does not exist or cannot be read.</summary>
    string? TryReadText(string path);
}
