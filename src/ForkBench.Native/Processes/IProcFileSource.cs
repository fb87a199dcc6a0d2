namespace ForkBench.Native.Processes;

/// <summary>
/// Reads /proc (and /sys) for <see cref="ProcessLayoutReader"/>. Injected so
/// that a process vanishing mid-read or a permission refusal can be tested
/// with a fake. Failures are the exceptions .NET's file API throws, so the
/// real source passes them through and a fake throws the same ones.
/// </summary>
public interface IProcFileSource
{
    /// <summary>The whole file.</summary>
    /// <exception cref="FileNotFoundException">The file, or the process it belongs to, does not exist (also <see cref="DirectoryNotFoundException"/>).</exception>
    /// <exception cref="UnauthorizedAccessException">The caller may not read it.</exception>
    /// <exception cref="IOException">Another read failure.</exception>
    string ReadAllText(string path);

    /// <summary>The names (not paths) of the directory's entries.</summary>
    /// <exception cref="DirectoryNotFoundException">It does not exist.</exception>
    /// <exception cref="UnauthorizedAccessException">The caller may not list it.</exception>
    IReadOnlyList<string> ListDirectory(string path);

    /// <summary>A symbolic link's target ("anon_inode:[io_uring]" for a ring's descriptor), or null when it is gone.</summary>
    /// <exception cref="UnauthorizedAccessException">The caller may not read it.</exception>
    string? ReadLink(string path);
}
