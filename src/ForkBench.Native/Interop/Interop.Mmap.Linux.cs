using System.Runtime.InteropServices;

namespace ForkBench.Native;

internal static partial class Interop
{
    internal static partial class Libc
    {
        public const int ProtRead = 0x1;
        public const int ProtWrite = 0x2;
        public const int ProtExec = 0x4;

        public const int MapShared = 0x01;
        public const int MapPrivate = 0x02;
        public const int MapAnonymous = 0x20;
        public const int MapNoReserve = 0x4000;

        [LibraryImport(LibraryName, EntryPoint = "mmap", SetLastError = true)]
        private static partial nint MmapImport(nint address, nuint length, int protection, int flags, int fd, long offset);

        /// <summary>mmap(2) at an address of the kernel's choosing; throws on MAP_FAILED.</summary>
        public static nint Mmap(nuint length, int protection, int flags, int fd = -1, long offset = 0)
        {
            nint address = MmapImport(0, length, protection, flags, fd, offset);
            if (address == -1)
                throw ErrnoException.FromLastError("mmap");
            return address;
        }
    }
}
