namespace ForkBench.Native;

/// <summary>
/// Platform calls, laid out as dotnet/runtime does it: one partial class,
/// one nested class per native library, one file per import
/// (<c>Interop/Interop.&lt;Import&gt;.Linux.cs</c>). Each import is private and
/// reached through a typed wrapper in the same file that turns -1 into an
/// <see cref="ErrnoException"/>, so no caller forgets to read errno.
/// </summary>
internal static partial class Interop
{
    internal static partial class Libc
    {
        /// <summary>CoreCLR maps "libc" to the platform C library (libc.so.6 on glibc).</summary>
        private const string LibraryName = "libc";
    }
}
