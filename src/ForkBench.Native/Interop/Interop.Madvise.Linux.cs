using System.Runtime.InteropServices;

namespace ForkBench.Native;

internal static partial class Interop
{
    internal static partial class Libc
    {
        public const int MadvDontFork = 10;
        public const int MadvDoFork = 11;
        public const int MadvHugePage = 14;
        public const int MadvNoHugePage = 15;
        public const int MadvWipeOnFork = 18;
        public const int MadvPopulateWrite = 23;

        [LibraryImport(LibraryName, EntryPoint = "madvise", SetLastError = true)]
        private static partial int MadviseImport(nint address, nuint length, int advice);

        /// <summary>madvise(2); throws with the advice's name on failure.</summary>
        public static void Madvise(nint address, nuint length, int advice)
        {
            if (MadviseImport(address, length, advice) != 0)
                throw ErrnoException.FromLastError($"madvise({AdviceName(advice)})");
        }

        /// <summary>madvise(2) that may fail: the errno, or 0 on success.</summary>
        public static int TryMadvise(nint address, nuint length, int advice) =>
            MadviseImport(address, length, advice) == 0 ? 0 : Marshal.GetLastPInvokeError();

        private static string AdviceName(int advice) => advice switch
        {
            MadvDontFork => "MADV_DONTFORK",
            MadvDoFork => "MADV_DOFORK",
            MadvHugePage => "MADV_HUGEPAGE",
            MadvNoHugePage => "MADV_NOHUGEPAGE",
            MadvWipeOnFork => "MADV_WIPEONFORK",
            MadvPopulateWrite => "MADV_POPULATE_WRITE",
            _ => advice.ToString(System.Globalization.CultureInfo.InvariantCulture),
        };
    }
}
