using System.Runtime.InteropServices;

namespace ForkBench.Native;

internal static partial class Interop
{
    internal static partial class Libc
    {
        public const int SigKill = 9;

        [LibraryImport(LibraryName, EntryPoint = "kill", SetLastError = true)]
        private static partial int KillImport(int pid, int signal);

        /// <summary>
        /// kill(2). Only ever sent to a child not yet reaped, so the pid cannot
        /// have been reused. Returns false if the child is already gone (ESRCH).
        /// </summary>
        public static bool Kill(int pid, int signal)
        {
            if (KillImport(pid, signal) == 0)
                return true;
            int errno = Marshal.GetLastPInvokeError();
            if (errno == Errno.ESRCH)
                return false;
            throw new ErrnoException("kill", errno);
        }
    }
}
