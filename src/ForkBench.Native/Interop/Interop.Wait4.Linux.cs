using System.Runtime.InteropServices;

namespace ForkBench.Native;

internal static partial class Interop
{
    internal static partial class Libc
    {
        public const int WNoHang = 1;

        [LibraryImport(LibraryName, EntryPoint = "wait4", SetLastError = true)]
        private static unsafe partial int Wait4Import(int pid, int* status, int options, nint rusage);

        /// <summary>
        /// wait4(2), retried on EINTR. Returns the reaped pid (0 with WNOHANG when
        /// the child has not exited) and its raw wait status; throws on failure.
        /// </summary>
        public static unsafe int Wait4(int pid, int options, out int status)
        {
            int raw = 0;
            while (true)
            {
                int result = Wait4Import(pid, &raw, options, 0);
                if (result >= 0)
                {
                    status = raw;
                    return result;
                }
                int errno = Marshal.GetLastPInvokeError();
                if (errno != Errno.EINTR)
                    throw new ErrnoException("wait4", errno);
            }
        }
    }
}
