using ForkBench.Native.Processes;

namespace ForkBench.Native.Tests.Support;

/// <summary>
/// A /proc made of dictionaries. A file can be text, a function (to change
/// between reads, as a process that exits does), or refused; anything not
/// added is missing, as a vanished process's files are.
/// </summary>
public sealed class FakeProcFileSource : IProcFileSource
{
    private readonly Dictionary<string, Func<string>> _files = new(StringComparer.Ordinal);
    private readonly Dictionary<string, Func<IReadOnlyList<string>>> _directories = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string> _links = new(StringComparer.Ordinal);

    /// <summary>Every path read, in order.</summary>
    public List<string> Reads { get; } = [];

    public FakeProcFileSource WithFile(string path, string text) => WithFile(path, () => text);

    public FakeProcFileSource WithFile(string path, Func<string> read)
    {
        _files[path] = read;
        return this;
    }

    public FakeProcFileSource Without(string path)
    {
        _files.Remove(path);
        _directories.Remove(path);
        return this;
    }

    public FakeProcFileSource Refusing(string path)
    {
        _files[path] = () => throw new UnauthorizedAccessException($"Access to the path '{path}' is denied.");
        _directories[path] = () => throw new UnauthorizedAccessException($"Access to the path '{path}' is denied.");
        return this;
    }

    public FakeProcFileSource WithDirectory(string path, params string[] names)
    {
        _directories[path] = () => names;
        return this;
    }

    public FakeProcFileSource WithLink(string path, string target)
    {
        _links[path] = target;
        return this;
    }

    /// <summary>The captured helper process (pid 16836): status, smaps, two io_uring rings, and this host's THP knobs.</summary>
    public static FakeProcFileSource CapturedHelper(int pid = HelperFixture.Pid)
    {
        string dir = $"/proc/{pid}";
        return new FakeProcFileSource()
            .WithFile($"{dir}/status", Fixture.Read("helper-status.txt"))
            .WithFile($"{dir}/smaps", Fixture.Read("helper-smaps.txt"))
            .WithDirectory($"{dir}/fd", "0", "1", "2", "13", "33", "34")
            .WithLink($"{dir}/fd/0", "/dev/null")
            .WithLink($"{dir}/fd/1", "pipe:[283760]")
            .WithLink($"{dir}/fd/2", "pipe:[283761]")
            .WithLink($"{dir}/fd/13", "/opt/forkbench/ForkBench.LayoutHelper.dll")
            .WithLink($"{dir}/fd/33", "anon_inode:[io_uring]")
            .WithLink($"{dir}/fd/34", "anon_inode:[io_uring]")
            .WithFile($"{dir}/fdinfo/33", Fixture.Read("helper-fdinfo-pinned-4k.txt"))
            .WithFile($"{dir}/fdinfo/34", Fixture.Read("helper-fdinfo-pinned-thp.txt"))
            .WithFile("/proc/sys/kernel/osrelease", "6.18.44-fc-v657\n")
            .WithFile("/sys/kernel/mm/transparent_hugepage/enabled", Fixture.Read("thp-enabled.txt"))
            .WithDirectory("/sys/kernel/mm/transparent_hugepage", "enabled", "hugepages-64kB", "hugepages-2048kB")
            .WithFile("/sys/kernel/mm/transparent_hugepage/hugepages-64kB/enabled", Fixture.Read("thp-hugepages-64kB-enabled.txt"))
            .WithFile("/sys/kernel/mm/transparent_hugepage/hugepages-2048kB/enabled", Fixture.Read("thp-hugepages-2048kB-enabled.txt"));
    }

    public string ReadAllText(string path)
    {
        Reads.Add(path);
        return _files.TryGetValue(path, out Func<string>? read) ? read() : throw new FileNotFoundException($"Could not find file '{path}'.", path);
    }

    public IReadOnlyList<string> ListDirectory(string path)
    {
        Reads.Add(path);
        return _directories.TryGetValue(path, out Func<IReadOnlyList<string>>? list) ? list() : throw new DirectoryNotFoundException($"Could not find a part of the path '{path}'.");
    }

    public string? ReadLink(string path) => _links.GetValueOrDefault(path);
}
