using System.Runtime.InteropServices;

namespace ForkBench.Native;

internal static partial class Interop
{
    internal static partial class Libc
    {
        [LibraryImport(LibraryName, EntryPoint = "munmap", SetLastError = true)]
        private static partial int MunmapImport(nint address, nuint length);

        /// <summary>munmap(2). Returns false instead of throwing: it runs from SafeHandle release.</summary>
        public static bool Munmap(nint address, nuint length) => MunmapImport(address, length) == 0;
    }
}
