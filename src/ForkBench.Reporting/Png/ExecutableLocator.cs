namespace ForkBench.Reporting.Png;

/// <summary>Finds a program on PATH the way a shell does: first executable match wins.</summary>
public static class ExecutableLocator
{
    public static string? Find(string name) =>
        Find(name, Environment.GetEnvironmentVariable("PATH"), IsExecutable);

    /// <summary>Pure variant for tests: the PATH value and the executable check are given.</summary>
    public static string? Find(string name, string? pathVariable, Func<string, bool> isExecutable)
    {
        if (string.IsNullOrEmpty(pathVariable))
            return null;
        foreach (string dir in pathVariable.Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries))
        {
            string candidate = Path.Combine(dir, name);
            if (isExecutable(candidate))
                return candidate;
        }
        return null;
    }

    private static bool IsExecutable(string path)
    {
        if (!File.Exists(path))
            return false;
        if (OperatingSystem.IsWindows())
            return true;
        const UnixFileMode anyExecute = UnixFileMode.UserExecute | UnixFileMode.GroupExecute | UnixFileMode.OtherExecute;
        return (File.GetUnixFileMode(path) & anyExecute) != 0;
    }
}
