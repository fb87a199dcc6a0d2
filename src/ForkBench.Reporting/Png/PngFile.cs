using System.Buffers.Binary;

namespace ForkBench.Reporting.Png;

/// <summary>Checks on a PNG's bytes: the 8-byte signature and the size in the IHDR chunk (RFC 2083).</summary>
public static class PngFile
{
    private static ReadOnlySpan<byte> Signature => [0x89, (byte)'P', (byte)'N', (byte)'G', 0x0D, 0x0A, 0x1A, 0x0A];

    public static bool HasSignature(ReadOnlySpan<byte> bytes) => bytes.StartsWith(Signature);

    /// <summary>Width and height in pixels, or null when the bytes do not start with a PNG header.</summary>
    public static (int Width, int Height)? Size(ReadOnlySpan<byte> bytes)
    {
        // Signature (8), chunk length (4), "IHDR" (4), width (4), height (4).
        if (bytes.Length < 24 || !HasSignature(bytes) || !bytes[12..16].SequenceEqual("IHDR"u8))
            return null;
        return (BinaryPrimitives.ReadInt32BigEndian(bytes[16..20]), BinaryPrimitives.ReadInt32BigEndian(bytes[20..24]));
    }
}
