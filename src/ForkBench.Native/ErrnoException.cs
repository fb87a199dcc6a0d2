using System.Runtime.InteropServices;

namespace ForkBench.Native;

/// <summary>A failed system call: which one, and the errno it left.</summary>
public sealed class ErrnoException : Exception
{
    public ErrnoException(string operation, int errno)
        : base($"{operation} failed: {Interop.Errno.Name(errno)} ({Marshal.GetPInvokeErrorMessage(errno)})")
    {
        Operation = operation;
        Errno = errno;
    }

    /// <summary>The call that failed, e.g. "io_uring_register(IORING_REGISTER_BUFFERS)".</summary>
    public string Operation { get; }

    /// <summary>The errno value (positive).</summary>
    public int Errno { get; }

    /// <summary>Builds the exception from the errno of the last P/Invoke on this thread.</summary>
    internal static ErrnoException FromLastError(string operation) =>
        new(operation, Marshal.GetLastPInvokeError());
}
