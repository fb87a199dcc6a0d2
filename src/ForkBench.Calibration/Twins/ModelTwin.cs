namespace ForkBench.Calibration.Twins;

/// <summary>
/// The model's twin of a native point: the same process (by its tail) forked
/// once by a copy variant, with exact operation counts; or why the model
/// cannot build it.
/// </summary>
/// <param name="Tail">The scenario tail.</param>
/// <param name="VariantId">The copy variant.</param>
/// <param name="Counts">Exact counts of one fork (names of <c>OperationCounts.ToDictionary()</c>), or null.</param>
/// <param name="Refusal">Why there is no twin, or null.</param>
public sealed record ModelTwin(string Tail, string VariantId, IReadOnlyDictionary<string, long>? Counts, string? Refusal)
{
    public static ModelTwin Refused(string tail, string variantId, string reason) => new(tail, variantId, null, reason);
}
