using System.Globalization;

namespace ForkBench.Benchmarks.Model;

/// <summary>
/// Process sizes as they read in benchmark ids ("64MiB", "1GiB", "4GiB"),
/// and the PTE counts the per-PTE benchmarks divide by.
/// </summary>
public static class SizeParam
{
    /// <summary>4 KiB pages (PTEs) in 64 MiB.</summary>
    public const int Ptes64MiB = 64 * 256;

    /// <summary>4 KiB pages (PTEs) in 1 GiB.</summary>
    public const int Ptes1GiB = 1024 * 256;

    /// <summary>4 KiB pages (PTEs) in 4 GiB.</summary>
    public const int Ptes4GiB = 4 * 1024 * 256;

    public const string Size64MiB = "64MiB";
    public const string Size1GiB = "1GiB";
    public const string Size4GiB = "4GiB";

    /// <summary>The size a benchmark method names at its end: "Fork64MiB" -> 64 MiB.</summary>
    public static long FromMethodName(string method)
    {
        foreach (string size in (string[])[Size64MiB, Size1GiB, Size4GiB])
        {
            if (method.EndsWith(size, StringComparison.Ordinal))
                return ForkBench.Scenarios.ByteSize.Parse(size);
        }
        throw new ArgumentException($"method '{method}' does not end in a size (64MiB, 1GiB, 4GiB)", nameof(method));
    }

    /// <summary>Bytes of a size written as a whole number of MiB or GiB.</summary>
    /// <summary>The size a method's name ends in, or null when it names none.</summary>
    public static long? TryFromMethodName(string method)
    {
        try
        {
            return FromMethodName(method);
        }
        catch (ArgumentException)
        {
            return null;
        }
    }

}
