namespace ForkBench.Kernel.Memory;

/// <summary>How much of a frame's contents the model keeps.</summary>
public enum PageDataMode
{
    /// <summary>A 64-bit stamp per frame: enough for every correctness check, and small (8 bytes a frame).</summary>
    StampOnly,

    /// <summary>Stamp plus 4 KiB of real data per copied frame, so page copies cost a real memcpy.</summary>
    Full,
}
