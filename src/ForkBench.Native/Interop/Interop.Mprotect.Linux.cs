using System.Runtime.InteropServices;

namespace ForkBench.Native;

internal static partial class Interop
{
    internal static partial class Libc
    {
        [LibraryImport(LibraryName, EntryPoint = "mprotect", SetLastError = true)]
        private static partial int MprotectImport(nint address, nuint length, int protection);

        /// <summary>mprotect(2); throws on failure.</summary>
        public static void Mprotect(nint address, nuint length, int protection)
        {
            if (MprotectImport(address, length, protection) != 0)
                throw ErrnoException.FromLastError("mprotect");
        }
    }
}
