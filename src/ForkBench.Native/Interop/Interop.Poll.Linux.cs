using System.Runtime.InteropServices;

namespace ForkBench.Native;

internal static partial class Interop
{
    internal static partial class Libc
    {
        private const short PollIn = 0x1;

        [StructLayout(LayoutKind.Sequential)]
        private struct PollFd
        {
            public int Fd;
            public short Events;
            public short Revents;
        }

        [LibraryImport(LibraryName, EntryPoint = "poll", SetLastError = true)]
        private static unsafe partial int PollImport(PollFd* fds, nuint count, int timeoutMilliseconds);

        /// <summary>
        /// Waits until <paramref name="fd"/> is readable (for a pidfd: the process
        /// has exited) or the timeout passes. Returns true when readable.
        /// </summary>
        public static unsafe bool PollReadable(SafeHandle fd, int timeoutMilliseconds)
        {
            bool added = false;
            try
            {
                fd.DangerousAddRef(ref added);
                var entry = new PollFd { Fd = (int)fd.DangerousGetHandle(), Events = PollIn };
                while (true)
                {
                    int result = PollImport(&entry, 1, timeoutMilliseconds);
                    if (result >= 0)
                        return result > 0;
                    int errno = Marshal.GetLastPInvokeError();
                    if (errno != Errno.EINTR)
                        throw new ErrnoException("poll", errno);
                }
            }
            finally
            {
                if (added)
                    fd.DangerousRelease();
            }
        }
    }
}
