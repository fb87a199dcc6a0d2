using ForkBench.Kernel;

namespace ForkBench.Benchmarks.Model;

/// <summary>
/// The mmap() flavour of the parent's mapping, as the "Mapping" parameter
/// names it, and how the scenario fills it.
/// </summary>
public static class MappingParam
{
    /// <summary>MAP_PRIVATE|MAP_ANONYMOUS, every page written: every PTE is copied.</summary>
    public const string AnonPrivate = "anon-private";

    /// <summary>MAP_SHARED|MAP_ANONYMOUS (shmem), every page written: no anon_vma, so fork copies no PTE (the child refaults).</summary>
    public const string AnonShared = "anon-shared";

    /// <summary>
    /// MAP_PRIVATE of a file, every page read (page-cache pages mapped
    /// read-only) and the first page written (one private anon copy), so the
    /// VMA has an anon_vma and fork copies every PTE: the file pages by
    /// reference, without write-protecting them.
    /// </summary>
    public const string FilePrivate = "file-private";

    public static IReadOnlyList<string> AllValues { get; } = [AnonPrivate, AnonShared, FilePrivate];

    public static MappingKind Kind(string mapping) => mapping switch
    {
        AnonPrivate => MappingKind.AnonPrivate,
        AnonShared => MappingKind.AnonShared,
        FilePrivate => MappingKind.FilePrivate,
        _ => throw new ArgumentException($"unknown mapping '{mapping}'", nameof(mapping)),
    };
}
