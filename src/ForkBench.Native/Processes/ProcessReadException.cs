namespace ForkBench.Native.Processes;

/// <summary>A process's layout could not be read; the message is one line fit for stderr.</summary>
public sealed class ProcessReadException : Exception
{
    public ProcessReadException(ProcessReadFailure failure, int pid, string message, Exception? inner = null)
        : base(message, inner)
    {
        Failure = failure;
        Pid = pid;
    }

    public ProcessReadFailure Failure { get; }

    public int Pid { get; }
}
