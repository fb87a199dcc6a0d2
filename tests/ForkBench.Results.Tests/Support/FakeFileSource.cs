using ForkBench.Results.IO;

namespace ForkBench.Results.Tests.Support;

/// <summary>A file system made of a dictionary: path to content.</summary>
public sealed class FakeFileSource(IReadOnlyDictionary<string, string> files) : ITextFileSource
{
    public string? TryReadText(string path) => files.TryGetValue(path, out string? text) ? text : null;
}
