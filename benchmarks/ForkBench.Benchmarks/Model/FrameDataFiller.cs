using System.Reflection;
using ForkBench.Kernel.Memory;

namespace ForkBench.Benchmarks.Model;

/// <summary>
/// Gives frames real data in <see cref="PageDataMode.Full"/>. The model
/// reserves 4 KiB per frame but never writes a frame's data (a write only
/// sets the stamp), so without this every page copy would read untouched
/// memory, which Linux backs with its one shared zero page: the source of
/// every memcpy would sit in L1 and copies would cost well under a real
/// copy_page(). The model has no API for frame data, so the filler reaches
/// the reserved block by reflection (see the report for the model issue).
/// Each frame is filled once per machine; the model never clears data.
/// </summary>
public sealed unsafe class FrameDataFiller
{
    private static readonly FieldInfo? DataField =
        typeof(FrameContents).GetField("_data", BindingFlags.NonPublic | BindingFlags.Instance);

    private readonly byte* _data;
    private readonly bool[] _filled;

    public FrameDataFiller(FrameContents contents)
    {
        if (contents.Mode != PageDataMode.Full)
            throw new ArgumentException("only Full contents hold data", nameof(contents));
        object? boxed = DataField?.GetValue(contents)
            ?? throw new InvalidOperationException("FrameContents._data not found: the model's layout changed");
        _data = (byte*)Pointer.Unbox(boxed);
        _filled = new bool[contents.FrameCount];
    }

    /// <summary>Writes a non-zero pattern into the frame's 4 KiB unless it already holds data.</summary>
    public void Fill(long pfn)
    {
        if (_filled[pfn])
            return;
        new Span<byte>(_data + pfn * FrameContents.PageBytes, FrameContents.PageBytes).Fill((byte)(pfn | 1));
        _filled[pfn] = true;
    }
}
