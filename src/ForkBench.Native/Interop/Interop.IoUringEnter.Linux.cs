using System.Runtime.InteropServices;

namespace ForkBench.Native;

internal static partial class Interop
{
    internal static partial class Libc
    {
        /// <summary>io_uring_enter has number 426 on every architecture.</summary>
        private const long SysIoUringEnter = 426;

        /// <summary>IORING_ENTER_GETEVENTS: wait for min_complete completions.</summary>
        public const uint IoRingEnterGetEvents = 1;

        /// <summary>io_uring_enter(2) without a signal mask, retried on EINTR; returns the number submitted.</summary>
        public static int IoUringEnter(FileDescriptorHandle ring, uint toSubmit, uint minComplete, uint flags)
        {
            bool added = false;
            try
            {
                ring.DangerousAddRef(ref added);
                while (true)
                {
                    long result = SyscallImport(SysIoUringEnter, ring.Fd, (nint)toSubmit, (nint)minComplete, (nint)flags, 0, 0);
                    if (result >= 0)
                        return (int)result;
                    int errno = Marshal.GetLastPInvokeError();
                    if (errno != Errno.EINTR)
                        throw new ErrnoException("io_uring_enter", errno);
                }
            }
            finally
            {
                if (added)
                    ring.DangerousRelease();
            }
        }
    }
}
