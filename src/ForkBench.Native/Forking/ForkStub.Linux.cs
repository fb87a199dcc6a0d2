using System.Runtime.InteropServices;
using ForkBench.Native.Memory;

namespace ForkBench.Native.Forking;

/// <summary>
/// fork() and a vfork-style clone() as a few bytes of x86-64 machine code in
/// an executable page. A child that returned into the .NET runtime could hang
/// forever (a GC in flight in another parent thread leaves locks held), so the
/// child branch of this stub never returns: it calls exit_group (or pause()
/// until killed) without touching the stack. No C compiler is needed.
/// </summary>
internal sealed unsafe class ForkStub
{
    /// <summary>The exit status of every child, to tell our children from anything else.</summary>
    public const int ChildExitCode = 42;

    private const long SysClone = 56;
    private const long SysFork = 57;
    private const long CloneVm = 0x100;
    private const long CloneVfork = 0x4000;
    private const long SigChld = 17;

    private static readonly Lazy<ForkStub?> SharedStub = new(() => IsSupported ? new ForkStub() : null);

    private readonly MappedRegion _page;
    private readonly delegate* unmanaged<long, long, long, long> _entry;

    private ForkStub()
    {
        byte[] code = ForkStubCode.X64;
        _page = MappedRegion.Map(Environment.SystemPageSize, Interop.Libc.ProtRead | Interop.Libc.ProtWrite,
            Interop.Libc.MapPrivate | Interop.Libc.MapAnonymous);
        code.CopyTo(_page.AsSpan(0, code.Length));
        // Never writable and executable at once.
        Interop.Libc.Mprotect(_page.Address, (nuint)_page.Length, Interop.Libc.ProtRead | Interop.Libc.ProtExec);
        _entry = (delegate* unmanaged<long, long, long, long>)_page.Address;
    }

    public static bool IsSupported =>
        OperatingSystem.IsLinux() && RuntimeInformation.ProcessArchitecture == Architecture.X64;

    /// <summary>Why fork timing cannot run here, or null when it can.</summary>
    public static string? UnsupportedReason =>
        IsSupported ? null
        : !OperatingSystem.IsLinux() ? "needs Linux"
        : $"not supported on this architecture ({RuntimeInformation.ProcessArchitecture}): the fork stub is x86-64 machine code";

    /// <summary>The process-wide stub; throws where <see cref="IsSupported"/> is false.</summary>
    public static ForkStub Shared =>
        SharedStub.Value ?? throw new PlatformNotSupportedException(UnsupportedReason);

    /// <summary>fork(): the child's pid, or -errno.</summary>
    public long Fork(ChildBehaviour child) => _entry(SysFork, 0, (long)child);

    /// <summary>
    /// clone(CLONE_VM|CLONE_VFORK|SIGCHLD): a child that shares the address
    /// space (nothing is copied) and exits at once; the calling thread resumes
    /// when it has. Returns the child's pid, or -errno.
    /// </summary>
    public long VforkClone() => _entry(SysClone, CloneVm | CloneVfork | SigChld, (long)ChildBehaviour.ExitAtOnce);
}
