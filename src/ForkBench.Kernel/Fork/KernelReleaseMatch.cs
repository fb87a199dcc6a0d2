using System.Globalization;
using System.Text.RegularExpressions;

namespace ForkBench.Kernel.Fork;

/// <summary>
/// Which copy variant models a kernel, from its release string
/// (<c>/proc/sys/kernel/osrelease</c>, e.g. "6.18.44-fc-v657" or
/// "5.10.0-28-amd64"): the latest of the kernel's own variants (proposals,
/// ids starting "proposal-", never) whose <see cref="CopyVariant.Kernel"/>
/// is at or below the release's major.minor. The 2020 thread's
/// alternatives (peterx-v1, linus-copy-normal-page, jgg-atomics-last) were
/// never released, so they never model a kernel either; the code that was
/// merged (merged-5.10) shipped in 5.9 already (KERNEL-MODEL.md: "Merged
/// for 5.9/5.10"), so a 5.9 kernel is modelled by it. A release older than every
/// variant, or one that names no major.minor, has no variant: then
/// <see cref="Variant"/> is null and <see cref="Reason"/> says why. Pure.
/// </summary>
/// <param name="Release">The release string as given.</param>
/// <param name="MajorMinor">Its major.minor, or null when it names none.</param>
/// <param name="Variant">The variant that models it, or null.</param>
/// <param name="Reason">"kernel 6.18 -> pte-batch-6.15 (...)", or why there is none.</param>
public sealed partial record KernelReleaseMatch(string Release, Version? MajorMinor, CopyVariant? Variant, string Reason)
{
    /// <summary>Ids of variants that were proposed but never released start with this.</summary>
    public const string ProposalPrefix = "proposal-";

    /// <summary>The 2020 thread's alternatives to the merged fix: discussed, never released.</summary>
    public static IReadOnlyList<string> ThreadAlternatives { get; } = ["peterx-v1", "linus-copy-normal-page", "jgg-atomics-last"];

    /// <summary>The first release that ran a variant's code, where it differs from the release in its id.</summary>
    private static Version FirstReleased(CopyVariant variant) =>
        variant == CopyVariant.Merged5_10 ? new Version(5, 9) : variant.Kernel;

    public static KernelReleaseMatch For(string release)
    {
        ArgumentNullException.ThrowIfNull(release);
        Match parsed = MajorMinorPattern().Match(release.Trim());
        if (!parsed.Success)
            return new(release, null, null, $"'{release}' names no kernel major.minor (e.g. 6.18.44-fc-v657)");
        var kernel = new Version(int.Parse(parsed.Groups[1].Value, CultureInfo.InvariantCulture), int.Parse(parsed.Groups[2].Value, CultureInfo.InvariantCulture));
        var candidates = CopyVariant.All
            .Where(v => !v.Id.StartsWith(ProposalPrefix, StringComparison.Ordinal) && !ThreadAlternatives.Contains(v.Id)).ToList();
        // The latest release at or below the kernel; among one release's variants, the last listed.
        CopyVariant? match = candidates.Where(v => FirstReleased(v) <= kernel).OrderBy(FirstReleased).ThenBy(v => v.Order).LastOrDefault();
        if (match is null)
        {
            CopyVariant oldest = candidates.OrderBy(FirstReleased).First();
            return new(release, kernel, null, $"kernel {kernel} is older than every variant (the oldest, {oldest.Id}, models {FirstReleased(oldest)})");
        }
        return new(release, kernel, match, $"kernel {kernel} -> {match.Id} (the latest variant at or below {kernel}: {FirstReleased(match)})");
    }

    /// <summary>Major and minor at the start: "6.18" of "6.18.44-fc-v657", "6.9" of "6.9-rc1".</summary>
    [GeneratedRegex(@"^(\d{1,4})\.(\d{1,4})(?!\d)")]
    private static partial Regex MajorMinorPattern();
}
