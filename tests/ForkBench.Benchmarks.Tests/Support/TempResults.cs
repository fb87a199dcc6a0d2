using System.Security.Cryptography;

namespace ForkBench.Benchmarks.Tests.Support;

/// <summary>A throwaway results directory (and a scratch area beside it), deleted after the test.</summary>
public sealed class TempResults : IDisposable
{
    public TempResults()
    {
        Root = Directory.CreateTempSubdirectory("forkbench-cli-").FullName;
        Results = Path.Combine(Root, "results");
        Scratch = Path.Combine(Root, "scratch");
        Directory.CreateDirectory(Scratch);
    }

    public string Root { get; }

    public string Results { get; }

    public string Scratch { get; }

    public string Baselines => Path.Combine(Results, "baselines");

    public string ScratchFile(string name) => Path.Combine(Scratch, name);

    /// <summary>Every file under the root with a hash of its content and its write time.</summary>
    public IReadOnlyDictionary<string, string> Snapshot() =>
        Directory.GetFiles(Root, "*", SearchOption.AllDirectories).Order(StringComparer.Ordinal).ToDictionary(
            path => Path.GetRelativePath(Root, path),
            path => $"{Convert.ToHexString(SHA256.HashData(File.ReadAllBytes(path)))} {File.GetLastWriteTimeUtc(path):O}");

    public void Dispose() => Directory.Delete(Root, recursive: true);
}
