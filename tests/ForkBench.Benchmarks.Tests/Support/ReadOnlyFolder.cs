using System.Diagnostics;

namespace ForkBench.Benchmarks.Tests.Support;

/// <summary>
/// A temporary folder that even root cannot write to: mode 0555 for other
/// users, and the immutable attribute (chattr +i) for root, who ignores mode
/// bits. <see cref="Reason"/> says why none could be made (the test then
/// prints it and checks nothing).
/// </summary>
public sealed class ReadOnlyFolder : IDisposable
{
    public ReadOnlyFolder()
    {
        Path = Directory.CreateTempSubdirectory("forkbench-readonly-").FullName;
        if (!OperatingSystem.IsWindows())
            File.SetUnixFileMode(Path, UnixFileMode.UserRead | UnixFileMode.UserExecute | UnixFileMode.GroupRead | UnixFileMode.GroupExecute | UnixFileMode.OtherRead | UnixFileMode.OtherExecute);
        if (Environment.IsPrivilegedProcess)
            _immutable = Chattr("+i");
        Reason = IsWritable(Path) ? "cannot make a read-only folder here (chattr +i is not supported)" : null;
    }

    private readonly bool _immutable;

    public string Path { get; }

    /// <summary>Null when the folder is really read-only; else why not.</summary>
    public string? Reason { get; }

    /// <summary>True when the folder is read-only; otherwise prints why the test checks nothing.</summary>
    public bool Usable(Xunit.Abstractions.ITestOutputHelper log)
    {
        if (Reason is { } reason)
            log.WriteLine($"not checked: {reason}");
        return Reason is null;
    }

    public void Dispose()
    {
        if (_immutable)
            Chattr("-i");
        if (!OperatingSystem.IsWindows())
            File.SetUnixFileMode(Path, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
        Directory.Delete(Path, recursive: true);
    }

    private bool Chattr(string flag)
    {
        try
        {
            using var process = Process.Start(new ProcessStartInfo("chattr", [flag, Path]) { RedirectStandardError = true });
            process!.WaitForExit();
            return process.ExitCode == 0;
        }
        catch (System.ComponentModel.Win32Exception)
        {
            return false;
        }
    }

    private static bool IsWritable(string path)
    {
        try
        {
            File.WriteAllText(System.IO.Path.Combine(path, ".probe"), "");
            File.Delete(System.IO.Path.Combine(path, ".probe"));
            return true;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return false;
        }
    }
}
