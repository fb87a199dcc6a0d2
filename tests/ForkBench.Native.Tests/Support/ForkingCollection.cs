namespace ForkBench.Native.Tests.Support;

/// <summary>
/// Tests that fork run one at a time: a test that checks "no child left" must
/// not see (or reap) another test's child.
/// </summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class ForkingCollection
{
    public const string Name = "Forking";
}
