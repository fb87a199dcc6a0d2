namespace ForkBench.Native;

internal static partial class Interop
{
    /// <summary>The errno values the callers react to (asm-generic/errno-base.h, errno.h).</summary>
    internal static class Errno
    {
        public const int EPERM = 1;
        public const int ESRCH = 3;
        public const int EINTR = 4;
        public const int ECHILD = 10;
        public const int EAGAIN = 11;
        public const int ENOMEM = 12;
        public const int EFAULT = 14;
        public const int EINVAL = 22;
        public const int ENOSYS = 38;
        public const int EOPNOTSUPP = 95;

        /// <summary>The symbolic name of an errno value, for one-line messages.</summary>
        public static string Name(int errno) => errno switch
        {
            EPERM => "EPERM",
            ESRCH => "ESRCH",
            EINTR => "EINTR",
            ECHILD => "ECHILD",
            EAGAIN => "EAGAIN",
            ENOMEM => "ENOMEM",
            EFAULT => "EFAULT",
            EINVAL => "EINVAL",
            ENOSYS => "ENOSYS",
            EOPNOTSUPP => "EOPNOTSUPP",
            13 => "EACCES",
            16 => "EBUSY",
            24 => "EMFILE",
            _ => $"errno {errno}",
        };
    }
}
