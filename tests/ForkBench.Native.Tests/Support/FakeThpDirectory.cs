namespace ForkBench.Native.Tests.Support;

/// <summary>
/// A temporary directory laid out like /sys/kernel/mm/transparent_hugepage,
/// so that policy changes and their restoration can be tested without
/// touching the machine's real knobs.
/// </summary>
public sealed class FakeThpDirectory : IDisposable
{
    public FakeThpDirectory(params (int KiB, string Enabled)[] sizes)
    {
        Path = Directory.CreateTempSubdirectory("forkbench-thp-").FullName;
        File.WriteAllText(System.IO.Path.Combine(Path, "enabled"), "always [madvise] never\n");
        foreach ((int kib, string enabled) in sizes)
        {
            string dir = System.IO.Path.Combine(Path, $"hugepages-{kib}kB");
            Directory.CreateDirectory(System.IO.Path.Combine(dir, "stats"));
            File.WriteAllText(System.IO.Path.Combine(dir, "enabled"), enabled + "\n");
            File.WriteAllText(System.IO.Path.Combine(dir, "stats", "anon_fault_alloc"), "0\n");
        }
        // A size directory without a policy file, as the captured kernel has for 8 kB.
        Directory.CreateDirectory(System.IO.Path.Combine(Path, "hugepages-8kB"));
    }

    public string Path { get; }

    public string Enabled(int kib) => File.ReadAllText(System.IO.Path.Combine(Path, $"hugepages-{kib}kB", "enabled"));

    public void Dispose() => Directory.Delete(Path, recursive: true);
}
