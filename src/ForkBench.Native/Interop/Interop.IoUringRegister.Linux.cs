namespace ForkBench.Native;

internal static partial class Interop
{
    internal static partial class Libc
    {
        /// <summary>io_uring_register has number 427 on every architecture.</summary>
        private const long SysIoUringRegister = 427;

        public const uint IoRingRegisterBuffers = 0;
        public const uint IoRingUnregisterBuffers = 1;

        /// <summary>io_uring_register(2); throws with the opcode's name on failure.</summary>
        public static void IoUringRegister(FileDescriptorHandle ring, uint opcode, nint argument, uint count)
        {
            bool added = false;
            try
            {
                ring.DangerousAddRef(ref added);
                if (SyscallImport(SysIoUringRegister, ring.Fd, (nint)opcode, argument, (nint)count, 0, 0) < 0)
                {
                    string name = opcode switch
                    {
                        IoRingRegisterBuffers => "IORING_REGISTER_BUFFERS",
                        IoRingUnregisterBuffers => "IORING_UNREGISTER_BUFFERS",
                        _ => opcode.ToString(System.Globalization.CultureInfo.InvariantCulture),
                    };
                    throw ErrnoException.FromLastError($"io_uring_register({name})");
                }
            }
            finally
            {
                if (added)
                    ring.DangerousRelease();
            }
        }
    }
}
