using System.Runtime.InteropServices;

namespace ForkBench.Kernel.Memory;

/// <summary>
/// What each frame holds. Every frame carries a 64-bit stamp that stands for
/// its 4 KiB of data: the oracle compares stamps (who wrote what, what the
/// child sees). With <see cref="PageDataMode.Full"/>, a copy also moves a real
/// 4 KiB between frames so that copying costs what copy_page() costs; that
/// region is reserved (on huge pages where the host allows, see
/// <see cref="HugePageBacking"/>), and only frames written or copied take memory.
/// </summary>
public sealed unsafe class FrameContents : IDisposable
{
    public const int PageBytes = 4096;

    private ulong* _stamps;
    private byte* _data;

    public long FrameCount { get; }

    public PageDataMode Mode { get; }

    public FrameContents(long frameCount, PageDataMode mode)
    {
        FrameCount = frameCount;
        Mode = mode;
        _stamps = (ulong*)NativeMemory.AllocZeroed((nuint)frameCount, sizeof(ulong));
        if (mode == PageDataMode.Full)
            _data = (byte*)HugePageBacking.Allocate(checked((nuint)frameCount * PageBytes), PageBytes);
    }

    public ulong Stamp(long pfn) => _stamps[Checked(pfn)];

    /// <summary>
    /// A write: the stamp changes. With <see cref="PageDataMode.Full"/> the
    /// stamp is also stored in the frame's data, so a written frame is backed
    /// by a real host page and a later copy reads memory, not the zero page.
    /// </summary>
    public void SetStamp(long pfn, ulong stamp)
    {
        _stamps[Checked(pfn)] = stamp;
        if (_data != null)
            *(ulong*)(_data + pfn * PageBytes) = stamp;
    }

    /// <summary>copy_user_highpage(): the destination frame gets the source's contents.</summary>
    public void CopyPage(long fromPfn, long toPfn)
    {
        _stamps[Checked(toPfn)] = _stamps[Checked(fromPfn)];
        if (_data != null)
            Buffer.MemoryCopy(_data + fromPfn * PageBytes, _data + toPfn * PageBytes, PageBytes, PageBytes);
    }

    /// <summary>Bytes held for stamps (the data region is reserved and touched only by copies).</summary>
    public long StampBytes => FrameCount * sizeof(ulong);

    public void Dispose()
    {
        NativeMemory.Free(_stamps);
        if (_data != null)
            HugePageBacking.Free(_data);
        _stamps = null;
        _data = null;
    }

    private long Checked(long pfn) =>
        (ulong)pfn < (ulong)FrameCount ? pfn : throw new ArgumentOutOfRangeException(nameof(pfn));
}
