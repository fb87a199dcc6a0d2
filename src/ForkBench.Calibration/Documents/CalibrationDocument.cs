using System.Text.Json.Serialization;
using ForkBench.Calibration.Fitting;

namespace ForkBench.Calibration.Documents;

/// <summary>
/// A host's calibration, as results/calibration/&lt;host-id&gt;.json keeps it:
/// the kernel and the variant that models it, the runs whose native
/// marginal points were fitted, the fitted costs with their bootstrap
/// intervals, every point's measured and predicted cost, the points left
/// out and why, the held-out checks, and every variant's predicted cost of
/// a few processes (the report's table). <see cref="PredictNs"/> prices any
/// model run's counts with it: a prediction, never a measurement.
/// </summary>
/// <param name="SchemaVersion">Version of this document (<see cref="CurrentSchemaVersion"/>).</param>
/// <param name="VariantReason">Why the variant models the kernel ("kernel 6.18 -> pte-batch-6.15 ...").</param>
/// <param name="TimeUtc">When the calibration was made.</param>
/// <param name="Inseparable">
/// Cost directions the points cannot tell apart (<see cref="InseparableCosts"/>):
/// per direction, column key to component; the fitted costs are one of many
/// equally good answers along them.
/// </param>
public sealed record CalibrationDocument(
    int SchemaVersion,
    string HostId,
    string KernelRelease,
    string Variant,
    string VariantReason,
    IReadOnlyList<string> RunIds,
    DateTime TimeUtc,
    int BootstrapResamples,
    int BootstrapSeed,
    IReadOnlyList<FittedCost> Costs,
    IReadOnlyList<IReadOnlyDictionary<string, double>> Inseparable,
    IReadOnlyList<PointFit> Points,
    IReadOnlyList<ExcludedPoint> Excluded,
    IReadOnlyList<HeldOutCheck> HeldOut,
    IReadOnlyList<VariantPrediction> Predictions)
{
    /// <summary>
    /// 2: PTE reads are priced apart from folio_pte_batch()'s compares
    /// (<c>pte-reads</c> no longer includes them); a version 1 file's costs
    /// would misprice every batched variant, so it is not read.
    /// </summary>
    public const int CurrentSchemaVersion = 2;

    /// <summary>The held-out error quoted beside every prediction: each family left out, points of 1 ms and more.</summary>
    [JsonIgnore]
    public double? HeldOutMedianErrorPercent =>
        HeldOut.FirstOrDefault(h => h.Name == HeldOutNames.EachFamily)?.MedianAbsErrorPercent;

    /// <summary>"calibrated 2026-11-30 on run &lt;id&gt;, held-out median error 12.3%": what every prediction names.</summary>
    [JsonIgnore]
    public string Provenance
    {
        get
        {
            string error = HeldOutMedianErrorPercent is { } median
                ? string.Create(System.Globalization.CultureInfo.InvariantCulture, $"held-out median error {median:F1}%")
                : "held-out error unknown";
            return $"calibrated {TimeUtc.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture)} on run {string.Join(" + ", RunIds)}, {error}";
        }
    }

    /// <summary>The columns in some undetermined direction, in column order.</summary>
    [JsonIgnore]
    public IReadOnlyList<string> InseparableColumns =>
        [.. CostColumn.All.Select(c => c.Key).Where(key => Inseparable.Any(d => d.ContainsKey(key)))];

    /// <summary>
    /// Whether a prediction for these counts depends on how the fit split the
    /// costs it cannot separate: true for counts whose mix of those columns
    /// differs from every fitted point's (another variant, another folio size).
    /// </summary>
    public bool PredictionIsUndetermined(IReadOnlyDictionary<string, long> counts) =>
        InseparableCosts.PredictionDepends(CostColumn.Features(counts),
            Inseparable.Select(d => (IReadOnlyList<double>)CostColumn.All.Select(c => d.GetValueOrDefault(c.Key)).ToArray()));

    /// <summary>Why a prediction for which <see cref="PredictionIsUndetermined"/> holds is uncertain beyond the held-out error.</summary>
    [JsonIgnore]
    public string UndeterminedReason =>
        $"depends on how the fit split the costs of {string.Join(", ", InseparableColumns)}, which the calibration's points "
        + "cannot tell apart (their counts move together there); calibrating on runs whose points vary them (mTHP folio sizes: the native "
        + "sweep's --mthp option, or the native.json of the pinned large-folio study) pins it down.";

    /// <summary>The predicted ns of one fork with these counts: sum over columns of cost x count.</summary>
    /// <exception cref="Results.ResultsDataException">The document names a column this tool does not know.</exception>
    public double PredictNs(IReadOnlyDictionary<string, long> counts)
    {
        ArgumentNullException.ThrowIfNull(counts);
        double sum = 0;
        foreach (FittedCost cost in Costs)
        {
            CostColumn column = CostColumn.FindByKey(cost.Column)
                ?? throw new Results.ResultsDataException($"calibration of {HostId}: unknown cost column '{cost.Column}'");
            sum += cost.CostNs * column.Of(counts);
        }
        return sum;
    }
}
