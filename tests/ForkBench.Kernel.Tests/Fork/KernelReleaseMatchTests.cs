using ForkBench.Kernel.Fork;

namespace ForkBench.Kernel.Tests.Fork;

/// <summary>The variant that models a running kernel comes from its release string alone.</summary>
public class KernelReleaseMatchTests
{
    [Theory]
    [InlineData("6.18.44-fc-v657", "pte-batch-6.15")]
    [InlineData("6.15.0", "pte-batch-6.15")]
    [InlineData("6.14.11-300.fc42.x86_64", "pte-batch-6.9")]
    [InlineData("6.9.0-rc1", "pte-batch-6.9")]
    [InlineData("6.8.0-51-generic", "anon-exclusive-5.19")]
    [InlineData("6.1.0-28-amd64", "anon-exclusive-5.19")]
    [InlineData("5.15.0-126-generic", "mmf-5.14")]
    [InlineData("5.10.0-28-amd64", "merged-5.10")]
    [InlineData("5.9.16", "merged-5.10")]
    [InlineData("5.8.18", "v5.8")]
    public void The_latest_released_variant_at_or_below_the_kernel_models_it(string release, string expected)
    {
        var match = KernelReleaseMatch.For(release);

        Assert.Equal(expected, match.Variant?.Id);
        Assert.StartsWith($"kernel {match.MajorMinor} -> {expected}", match.Reason);
    }

    [Fact]
    public void A_proposal_never_models_a_kernel()
    {
        // The proposals are listed after pte-batch-6.9 with the same release.
        Assert.All(["6.9.0", "6.12.1", "7.0.0"], release =>
            Assert.DoesNotContain(KernelReleaseMatch.ProposalPrefix, KernelReleaseMatch.For(release).Variant!.Id));
    }

    [Fact]
    public void The_threads_alternatives_never_model_a_kernel()
    {
        Assert.All(["5.9.0", "5.9.16", "5.10.1", "6.18.0"], release =>
            Assert.DoesNotContain(KernelReleaseMatch.For(release).Variant!.Id, KernelReleaseMatch.ThreadAlternatives));
    }

    [Fact]
    public void A_kernel_older_than_every_variant_has_none_and_says_why()
    {
        var match = KernelReleaseMatch.For("4.19.0-27-amd64");

        Assert.Null(match.Variant);
        Assert.Equal(new Version(4, 19), match.MajorMinor);
        Assert.Contains("older than every variant", match.Reason);
        Assert.Contains("v5.8", match.Reason);
    }

    [Theory]
    [InlineData("")]
    [InlineData("unknown")]
    [InlineData("v6.18")]
    public void A_release_without_major_minor_has_none(string release)
    {
        var match = KernelReleaseMatch.For(release);

        Assert.Null(match.Variant);
        Assert.Null(match.MajorMinor);
        Assert.Contains("names no kernel major.minor", match.Reason);
    }
}
