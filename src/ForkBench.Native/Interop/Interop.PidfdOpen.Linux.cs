using System.Runtime.InteropServices;

namespace ForkBench.Native;

internal static partial class Interop
{
    internal static partial class Libc
    {
        /// <summary>pidfd_open has number 434 on every architecture (added in 5.3).</summary>
        private const long SysPidfdOpen = 434;

        /// <summary>
        /// pidfd_open(2): a descriptor that polls readable once the process has
        /// exited, so a child can be waited for with a timeout and without a
        /// race on pid reuse. Returns null where the kernel lacks it (ENOSYS).
        /// </summary>
        public static FileDescriptorHandle? PidfdOpen(int pid)
        {
            long fd = SyscallImport(SysPidfdOpen, pid, 0, 0, 0, 0, 0);
            if (fd >= 0)
                return new FileDescriptorHandle((int)fd);
            int errno = Marshal.GetLastPInvokeError();
            if (errno == Errno.ENOSYS)
                return null;
            throw new ErrnoException("pidfd_open", errno);
        }
    }
}
