using ForkBench.Results.Repository;
using ForkBench.Results.Tests.Support;

namespace ForkBench.Results.Tests.Repository;

public class GitCommitReaderTests
{
    private const string Commit = "dd67fb6a0c1e4b7a9f3e2d1c0b9a8f7e6d5c4b3a";
    private const string Other = "0123456789abcdef0123456789abcdef01234567";

    [Fact]
    public void Loose_ref_from_a_subdirectory()
    {
        var files = new FakeFileSource(new Dictionary<string, string>
        {
            ["/repo/.git/HEAD"] = "ref: refs/heads/main\n",
            ["/repo/.git/refs/heads/main"] = Commit + "\n",
        });
        Assert.Equal(Commit, GitCommitReader.Read(files, "/repo/src/deep"));
    }

    [Fact]
    public void Packed_ref_and_detached_head()
    {
        var packed = new FakeFileSource(new Dictionary<string, string>
        {
            ["/repo/.git/HEAD"] = "ref: refs/heads/main\n",
            ["/repo/.git/packed-refs"] = $"# pack-refs with: peeled fully-peeled sorted\n{Other} refs/heads/other\n{Commit} refs/heads/main\n",
        });
        var detached = new FakeFileSource(new Dictionary<string, string> { ["/repo/.git/HEAD"] = Commit + "\n" });

        Assert.Equal(Commit, GitCommitReader.Read(packed, "/repo"));
        Assert.Equal(Commit, GitCommitReader.Read(detached, "/repo"));
    }

    [Fact]
    public void Linked_worktree_follows_gitdir_and_commondir()
    {
        var files = new FakeFileSource(new Dictionary<string, string>
        {
            ["/checkout/.git"] = "gitdir: /repo/.git/worktrees/checkout\n",
            ["/repo/.git/worktrees/checkout/HEAD"] = "ref: refs/heads/feature\n",
            ["/repo/.git/worktrees/checkout/commondir"] = "../..\n",
            ["/repo/.git/refs/heads/feature"] = Commit + "\n",
        });
        Assert.Equal(Commit, GitCommitReader.Read(files, "/checkout"));
    }

    [Fact]
    public void No_repository_or_a_broken_ref_is_unknown()
    {
        Assert.Equal("unknown", GitCommitReader.Read(new FakeFileSource(new Dictionary<string, string>()), "/nowhere"));
        var broken = new FakeFileSource(new Dictionary<string, string> { ["/repo/.git/HEAD"] = "ref: refs/heads/gone\n" });
        Assert.Equal("unknown", GitCommitReader.Read(broken, "/repo"));
    }
}
