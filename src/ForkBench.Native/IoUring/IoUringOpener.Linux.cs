using ForkBench.Native.Host;

namespace ForkBench.Native.IoUring;

/// <summary>Opens real io_uring instances; failures become <see cref="IoUringUnavailableException"/>.</summary>
public sealed class IoUringOpener : IIoUringOpener
{
    public static IoUringOpener Instance { get; } = new();

    public IIoUring Open()
    {
        if (!OperatingSystem.IsLinux())
            throw new IoUringUnavailableException("io_uring needs Linux");
        string disabled = HostProbe.ReadOrNull("/proc/sys/kernel/io_uring_disabled")?.Trim() ?? "absent";
        try
        {
            return IoUringInstance.Create(entries: 4);
        }
        catch (ErrnoException e)
        {
            throw new IoUringUnavailableException(IoUringDiagnostics.SetupFailure(e.Errno, disabled), e);
        }
    }

    /// <summary>Null when io_uring works here, else the reason it does not (for test skips and --help).</summary>
    public static string? Probe(IIoUringOpener? opener = null)
    {
        try
        {
            using IIoUring ring = (opener ?? Instance).Open();
            return null;
        }
        catch (IoUringUnavailableException e)
        {
            return e.Message;
        }
    }
}
