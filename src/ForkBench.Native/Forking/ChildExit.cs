namespace ForkBench.Native.Forking;

/// <summary>How a child ended: its raw wait status, and whether we had to kill it.</summary>
internal readonly record struct ChildExit(int Status, bool TimedOut)
{
    /// <summary>Exited by exit_group with <see cref="ForkStub.ChildExitCode"/> (WIFEXITED and WEXITSTATUS).</summary>
    public bool IsCleanStubExit => (Status & 0x7f) == 0 && ((Status >> 8) & 0xff) == ForkStub.ChildExitCode;

    /// <summary>A one-line description for discarded samples.</summary>
    public string Describe() =>
        TimedOut ? "child did not exit in time and was killed"
        : (Status & 0x7f) == 0 ? $"child exited with status {(Status >> 8) & 0xff}"
        : $"child died from signal {Status & 0x7f}";
}
