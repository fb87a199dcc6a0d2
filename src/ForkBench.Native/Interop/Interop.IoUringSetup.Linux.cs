using ForkBench.Native.IoUring;

namespace ForkBench.Native;

internal static partial class Interop
{
    internal static partial class Libc
    {
        /// <summary>io_uring_setup has number 425 on every architecture.</summary>
        private const long SysIoUringSetup = 425;

        /// <summary>io_uring_setup(2): a new instance; <paramref name="parameters"/> comes back filled in.</summary>
        public static unsafe FileDescriptorHandle IoUringSetup(uint entries, ref IoUringParams parameters)
        {
            fixed (IoUringParams* p = &parameters)
            {
                long fd = SyscallImport(SysIoUringSetup, (nint)entries, (nint)p, 0, 0, 0, 0);
                if (fd < 0)
                    throw ErrnoException.FromLastError("io_uring_setup");
                return new FileDescriptorHandle((int)fd);
            }
        }
    }
}
