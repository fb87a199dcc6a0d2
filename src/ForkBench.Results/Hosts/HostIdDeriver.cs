using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace ForkBench.Results.Hosts;

/// <summary>
/// Derives the host id from the fields that define "the same machine" for
/// a baseline: CPU model, core count, memory (rounded up to whole GiB,
/// because MemTotal moves by a few MiB between kernels and boots), kernel
/// major.minor (a new kernel is a new baseline; a stable update is not)
/// and virtualisation. Everything else (THP settings, .NET version, full
/// kernel release) is recorded but does not change the id.
/// The id is "&lt;cpu slug&gt;-&lt;cores&gt;c-&lt;GiB&gt;g-k&lt;major.minor&gt;-&lt;virtualisation&gt;-&lt;hash&gt;",
/// the hash being the first 8 hex digits of SHA-256 over the canonical text
/// of those five fields (see <see cref="CanonicalText"/>), so two CPU
/// models whose slugs truncate alike still differ.
/// </summary>
public static class HostIdDeriver
{
    private const int MaxCpuSlugLength = 32;
    private const long BytesPerGiB = 1L << 30;

    public static string Derive(string cpuModel, int cores, long memoryBytes, string kernelRelease, string virtualization)
    {
        string canonical = CanonicalText(cpuModel, cores, memoryBytes, kernelRelease, virtualization);
        byte[] hash = SHA256.HashData(Encoding.UTF8.GetBytes(canonical));
        string shortHash = Convert.ToHexStringLower(hash)[..8];
        string kernel = KernelMajorMinor(kernelRelease);
        return $"{CpuSlug(cpuModel)}-{cores.ToString(CultureInfo.InvariantCulture)}c-{MemoryGiB(memoryBytes).ToString(CultureInfo.InvariantCulture)}g-k{kernel}-{Slug(virtualization)}-{shortHash}";
    }

    /// <summary>
    /// A host id names a directory, so it must be a plain slug: lowercase
    /// ASCII letters, digits, '.' and '-', starting with a letter or digit,
    /// never "..". This keeps a crafted document from writing elsewhere.
    /// </summary>
    public static bool IsValid(string? hostId) =>
        IO.PathSegment.IsValid(hostId)
        && hostId!.All(c => !char.IsAsciiLetterUpper(c) && c != '_');

    /// <summary>The exact text hashed: one "name=value" line per stable field.</summary>
    public static string CanonicalText(string cpuModel, int cores, long memoryBytes, string kernelRelease, string virtualization) =>
        string.Create(CultureInfo.InvariantCulture,
            $"cpu-model={cpuModel.Trim()}\ncores={cores}\nmemory-gib={MemoryGiB(memoryBytes)}\nkernel={KernelMajorMinor(kernelRelease)}\nvirtualization={virtualization}\n");

    /// <summary>Memory rounded up to whole GiB (installed memory is a little more than MemTotal).</summary>
    public static long MemoryGiB(long memoryBytes) => (memoryBytes + BytesPerGiB - 1) / BytesPerGiB;

    /// <summary>"6.18.44-fc-v445" gives "6.18"; an unparsable release is kept whole (slugged).</summary>
    public static string KernelMajorMinor(string kernelRelease)
    {
        string[] parts = kernelRelease.Trim().Split('.', '-');
        return parts.Length >= 2 && parts[0].All(char.IsAsciiDigit) && parts[1].All(char.IsAsciiDigit) && parts[0].Length > 0 && parts[1].Length > 0
            ? $"{parts[0]}.{parts[1]}"
            : Slug(kernelRelease);
    }

    /// <summary>"Intel(R) Xeon(R) Platinum 8375C CPU @ 2.90GHz" gives "intel-xeon-platinum-8375c".</summary>
    public static string CpuSlug(string cpuModel)
    {
        string text = cpuModel.ToLowerInvariant().Replace("(r)", " ").Replace("(tm)", " ");
        int at = text.IndexOf('@');
        if (at >= 0)
            text = text[..at];
        text = string.Join(' ', text.Split(' ', StringSplitOptions.RemoveEmptyEntries).Where(w => w != "cpu"));
        string slug = Slug(text);
        return slug.Length <= MaxCpuSlugLength ? slug : slug[..MaxCpuSlugLength].TrimEnd('-');
    }

    /// <summary>Lowercase ASCII letters and digits; anything else becomes a single '-'.</summary>
    public static string Slug(string text)
    {
        var builder = new StringBuilder(text.Length);
        foreach (char c in text.ToLowerInvariant())
        {
            if (char.IsAsciiLetterOrDigit(c) || c == '.')
                builder.Append(c);
            else if (builder.Length > 0 && builder[^1] != '-')
                builder.Append('-');
        }
        string slug = builder.ToString().Trim('-', '.');
        return slug.Length == 0 ? "unknown" : slug;
    }
}
