using ForkBench.Native.Memory;

namespace ForkBench.Native.IoUring;

/// <summary>
/// The one io_uring instance of a sweep, opened when the first pinned point
/// needs it. A failure to open is remembered and becomes the skip reason of
/// every pinned point. Also tracks whether this process ever pinned
/// (MMF_HAS_PINNED is then set for the rest of its life).
/// </summary>
internal sealed class IoUringSession(IIoUringOpener opener) : IDisposable
{
    private IIoUring? _ring;
    private string? _unavailable;
    private bool _opened;

    /// <summary>Whether any registration has succeeded in this process (through this session).</summary>
    public bool ProcessHasPinned { get; private set; }

    /// <summary>Null when io_uring can be used, else why not (opens it on first call).</summary>
    public string? UnavailableReason
    {
        get
        {
            EnsureOpened();
            return _unavailable;
        }
    }

    /// <summary>
    /// Pins the first <paramref name="bytes"/> of the buffer. With
    /// <paramref name="keep"/> false the pin is released at once (sticky
    /// MMF_HAS_PINNED, nothing pinned). Disposing the result unpins.
    /// </summary>
    public IDisposable Pin(TestBuffer buffer, long bytes, bool keep)
    {
        EnsureOpened();
        IIoUring ring = _ring ?? throw new IoUringUnavailableException(_unavailable ?? "io_uring unavailable");
        ring.RegisterBuffers(buffer.Address, bytes);
        ProcessHasPinned = true;
        if (keep)
            return new Registration(ring);
        ring.UnregisterBuffers();
        return new Registration(null);
    }

    public void Dispose() => _ring?.Dispose();

    private void EnsureOpened()
    {
        if (_opened)
            return;
        _opened = true;
        try
        {
            _ring = opener.Open();
        }
        catch (IoUringUnavailableException e)
        {
            _unavailable = e.Message;
        }
    }

    private sealed class Registration(IIoUring? ring) : IDisposable
    {
        private IIoUring? _ring = ring;

        public void Dispose()
        {
            _ring?.UnregisterBuffers();
            _ring = null;
        }
    }
}
