using System.Runtime.InteropServices;

namespace ForkBench.Native;

internal static partial class Interop
{
    internal static partial class Libc
    {
        /// <summary>
        /// glibc's syscall(3) is variadic; it is declared here with six fixed
        /// integer arguments. That is sound on x86-64 and arm64 Linux, where
        /// variadic integer arguments travel in the same registers, and glibc's
        /// implementation just moves them into the syscall registers.
        /// Calls with fewer arguments pass zeros.
        /// </summary>
        [LibraryImport(LibraryName, EntryPoint = "syscall", SetLastError = true)]
        private static partial long SyscallImport(long number, nint a1, nint a2, nint a3, nint a4, nint a5, nint a6);
    }
}
