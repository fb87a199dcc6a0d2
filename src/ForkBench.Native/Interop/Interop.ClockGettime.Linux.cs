using System.Runtime.InteropServices;

namespace ForkBench.Native;

internal static partial class Interop
{
    internal static partial class Libc
    {
        private const int ClockThreadCpuTimeId = 3;

        [StructLayout(LayoutKind.Sequential)]
        private struct Timespec
        {
            public long Seconds;
            public long Nanoseconds;
        }

        [LibraryImport(LibraryName, EntryPoint = "clock_gettime", SetLastError = true)]
        private static unsafe partial int ClockGettimeImport(int clock, Timespec* time);

        /// <summary>
        /// CPU time of the calling thread in ns (CLOCK_THREAD_CPUTIME_ID,
        /// scheduler-precise). Unlike wall time it leaves out the time the
        /// thread waited for a CPU, which dominates on a loaded machine.
        /// </summary>
        public static unsafe long ThreadCpuTimeNs()
        {
            Timespec time;
            if (ClockGettimeImport(ClockThreadCpuTimeId, &time) != 0)
                throw ErrnoException.FromLastError("clock_gettime(CLOCK_THREAD_CPUTIME_ID)");
            return time.Seconds * 1_000_000_000 + time.Nanoseconds;
        }
    }
}
