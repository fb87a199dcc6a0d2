using System.Runtime.InteropServices;

namespace ForkBench.Native;

internal static partial class Interop
{
    internal static partial class Libc
    {
        [LibraryImport(LibraryName, EntryPoint = "close", SetLastError = true)]
        private static partial int CloseImport(int fd);

        /// <summary>close(2). Returns false instead of throwing: it runs from SafeHandle release.</summary>
        public static bool Close(int fd) => CloseImport(fd) == 0;
    }
}
