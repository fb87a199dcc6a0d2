using System.Globalization;
using ForkBench.Native.Host;

namespace ForkBench.Native.Processes;

/// <summary>
/// Reads a live process's memory layout from /proc: status, smaps, and the
/// fdinfo of its io_uring descriptors; then the kernel's THP facts. It never
/// stops, traces or signals the process, so the layout is a snapshot taken
/// while the process runs. Failures are <see cref="ProcessReadException"/>s
/// with one-line messages; what is merely unknown becomes a warning.
/// </summary>
public static class ProcessLayoutReader
{
    /// <summary>What /proc/PID/fd/N links to for an io_uring instance.</summary>
    public const string IoUringLink = "anon_inode:[io_uring]";

    /// <exception cref="ProcessReadException">No such process, it exited, or /proc refused.</exception>
    public static ProcessLayout Read(int pid) => Read(pid, ProcFileSource.Instance);

    /// <exception cref="ProcessReadException">No such process, it exited, or /proc refused.</exception>
    public static ProcessLayout Read(int pid, IProcFileSource files)
    {
        ArgumentNullException.ThrowIfNull(files);
        if (pid <= 0)
            throw new ProcessReadException(ProcessReadFailure.NoProcess, pid, $"no process {pid}");
        string dir = Dir(pid);
        ProcessStatus status = ProcStatusParser.Parse(ReadFile(files, pid, $"{dir}/status", started: false));
        if (status.HasExited)
            throw new ProcessReadException(ProcessReadFailure.Exited, pid, $"process {pid} has exited (a zombie until its parent reaps it): no memory to read");
        if (status.HasNoMemory)
            throw new ProcessReadException(ProcessReadFailure.NoUserMemory, pid, $"process {pid} ({status.Name}) is a kernel thread: it has no user memory");

        string smaps = ReadFile(files, pid, $"{dir}/smaps", started: true);
        var warnings = new List<LayoutWarning>();
        IReadOnlyList<IoUringRing> rings = ReadRings(files, pid, warnings);
        // A process that exits while smaps is read leaves it cut short (or
        // empty) rather than failing the read; its status then says so.
        ProcessStatus after = ProcStatusParser.Parse(ReadFile(files, pid, $"{dir}/status", started: true));
        IReadOnlyList<SmapsMapping> mappings = SmapsParser.Parse(smaps);
        if (after.HasExited || after.HasNoMemory)
            throw Exited(pid);
        if (mappings.Count == 0)
            throw new ProcessReadException(ProcessReadFailure.Unreadable, pid, $"{dir}/smaps lists no mappings");
        return ProcessLayoutBuilder.Build(pid, status, mappings, rings, ReadKernel(files), warnings);
    }

    private static string Dir(int pid) => "/proc/" + pid.ToString(CultureInfo.InvariantCulture);

    private static ProcessReadException Exited(int pid, Exception? inner = null) =>
        new(ProcessReadFailure.Exited, pid, $"process {pid} exited while being read", inner);

    /// <param name="started">Whether an earlier file of the process was read: a missing file then means it exited.</param>
    private static string ReadFile(IProcFileSource files, int pid, string path, bool started)
    {
        try
        {
            return files.ReadAllText(path);
        }
        catch (Exception e) when (e is FileNotFoundException or DirectoryNotFoundException)
        {
            throw started ? Exited(pid, e) : new ProcessReadException(ProcessReadFailure.NoProcess, pid, $"no process {pid}", e);
        }
        catch (UnauthorizedAccessException e)
        {
            throw Denied(pid, path, e);
        }
        catch (IOException e)
        {
            // ESRCH and friends: the task went away under the read.
            if (started && !IsAlive(files, pid))
                throw Exited(pid, e);
            throw new ProcessReadException(ProcessReadFailure.Unreadable, pid, $"cannot read {path}: {e.Message}", e);
        }
    }

    private static ProcessReadException Denied(int pid, string path, Exception inner) =>
        new(ProcessReadFailure.PermissionDenied, pid, $"cannot read {path}: permission denied (run as the process's user or root)", inner);

    private static bool IsAlive(IProcFileSource files, int pid)
    {
        try
        {
            return !ProcStatusParser.Parse(files.ReadAllText($"{Dir(pid)}/status")).HasExited;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return false;
        }
    }

    /// <summary>The io_uring descriptors and their buffer tables; what cannot be read becomes a warning.</summary>
    private static IReadOnlyList<IoUringRing> ReadRings(IProcFileSource files, int pid, List<LayoutWarning> warnings)
    {
        string dir = Dir(pid);
        IReadOnlyList<string> names;
        try
        {
            names = files.ListDirectory($"{dir}/fd");
        }
        catch (Exception e) when (e is FileNotFoundException or DirectoryNotFoundException)
        {
            throw Exited(pid, e);
        }
        catch (UnauthorizedAccessException)
        {
            warnings.Add(new LayoutWarning(LayoutWarningKind.IoUringIncomplete,
                $"cannot list {dir}/fd (permission denied): io_uring buffers unknown, so no pins are placed in any range"));
            return [];
        }
        var rings = new List<IoUringRing>();
        foreach (int fd in names.Select(ParseFd).OfType<int>().Order())
        {
            try
            {
                if (files.ReadLink($"{dir}/fd/{fd}") != IoUringLink)
                    continue;
                rings.Add(new IoUringRing(fd, IoUringFdInfoParser.Parse(files.ReadAllText($"{dir}/fdinfo/{fd}"))));
            }
            catch (Exception e) when (e is FileNotFoundException or DirectoryNotFoundException)
            {
                // The descriptor was closed meanwhile (or the process exited:
                // the status read after this one tells).
            }
            catch (UnauthorizedAccessException)
            {
                warnings.Add(new LayoutWarning(LayoutWarningKind.IoUringIncomplete,
                    $"cannot read {dir}/fdinfo/{fd} (permission denied): its io_uring buffers are not placed in any range"));
            }
        }
        return rings;
    }

    private static int? ParseFd(string name) =>
        int.TryParse(name, NumberStyles.None, CultureInfo.InvariantCulture, out int fd) ? fd : null;

    private static KernelFacts ReadKernel(IProcFileSource files)
    {
        string release = ReadOrNull(files, "/proc/sys/kernel/osrelease")?.Trim() is { Length: > 0 } r ? r : KernelFacts.Unknown.KernelRelease;
        string thp = ReadOrNull(files, $"{HostProbe.ThpDirectory}/enabled") is { } t ? ThpSettingParser.Selected(t) : KernelFacts.Unknown.ThpEnabled;
        return new KernelFacts(release, thp, EnabledMthpSizes(files, thp));
    }

    /// <summary>
    /// mTHP sizes below PMD size that anonymous memory may get: a size's
    /// policy other than "never", where "inherit" follows the top-level knob.
    /// </summary>
    private static IReadOnlyList<int> EnabledMthpSizes(IProcFileSource files, string topLevel)
    {
        IReadOnlyList<string> names;
        try
        {
            names = files.ListDirectory(HostProbe.ThpDirectory);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return [];
        }
        var sizes = new List<int>();
        foreach (string name in names.Where(n => n.StartsWith("hugepages-", StringComparison.Ordinal) && n.EndsWith("kB", StringComparison.Ordinal)))
        {
            if (!int.TryParse(name["hugepages-".Length..^2], NumberStyles.None, CultureInfo.InvariantCulture, out int kib)
                || kib * 1024L >= FolioEstimate.PmdBytes
                || ReadOrNull(files, $"{HostProbe.ThpDirectory}/{name}/enabled") is not { } text)
                continue;
            string policy = ThpSettingParser.Selected(text);
            if (policy == "inherit" ? topLevel is not ("never" or "unavailable") : policy != "never")
                sizes.Add(kib);
        }
        sizes.Sort();
        return sizes;
    }

    private static string? ReadOrNull(IProcFileSource files, string path)
    {
        try
        {
            return files.ReadAllText(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return null;
        }
    }
}
