using System.Runtime.InteropServices;

namespace ForkBench.Native;

internal static partial class Interop
{
    internal static partial class Libc
    {
        private const int PAll = 0;
        private const int WExited = 4;
        private const int WNoWait = 0x01000000;

        [LibraryImport(LibraryName, EntryPoint = "waitid", SetLastError = true)]
        private static unsafe partial int WaitidImport(int idType, int id, byte* siginfo, int options);

        /// <summary>
        /// Whether this process has any child at all, running or zombie, without
        /// reaping one (waitid P_ALL with WNOWAIT|WNOHANG: ECHILD means none).
        /// </summary>
        public static unsafe bool HasAnyChild()
        {
            byte* siginfo = stackalloc byte[128];
            new Span<byte>(siginfo, 128).Clear();
            while (true)
            {
                if (WaitidImport(PAll, 0, siginfo, WExited | WNoHang | WNoWait) == 0)
                    return true;
                int errno = Marshal.GetLastPInvokeError();
                if (errno == Errno.ECHILD)
                    return false;
                if (errno != Errno.EINTR)
                    throw new ErrnoException("waitid", errno);
            }
        }
    }
}
