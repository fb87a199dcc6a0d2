namespace ForkBench.Results.Documents;

/// <summary>
/// The version of the result document's meaning. A change of meaning (a
/// field renamed, a unit changed, a summary computed differently) bumps it
/// and is recorded in results/README.md; readers refuse versions they do
/// not know rather than misread them.
/// </summary>
public static class SchemaVersion
{
    public const int Current = 1;

    public static bool IsSupported(int version) => version == Current;
}
