using System.Globalization;
using ForkBench.Calibration.Documents;
using ForkBench.Calibration.Fitting;
using ForkBench.Calibration.Points;
using ForkBench.Calibration.Twins;
using ForkBench.Calibration.Validation;
using ForkBench.Kernel.Fork;
using ForkBench.Results;
using ForkBench.Results.Documents;

namespace ForkBench.Calibration;

/// <summary>
/// Makes a host's calibration from its native runs: each fork marginal
/// point gets its model twin under the variant that models the run's
/// kernel (<see cref="KernelReleaseMatch"/>), the twins' exact counts are
/// fitted to the measured medians (<see cref="RelativeCostFitter"/>), the
/// costs get bootstrap intervals and the fit is checked on held-out points.
/// The model's own .NET timings play no part: only its counts are used.
/// </summary>
public sealed class Calibrator(ModelTwinCounter twins, CalibrationOptions? options = null)
{
    private readonly CalibrationOptions _options = options ?? new CalibrationOptions();

    /// <param name="runs">Runs of one host (their marginal points pool by id).</param>
    /// <param name="timeUtc">When the calibration is made.</param>
    /// <param name="progress">Told what is being done (counting twins takes a while at 1 GiB).</param>
    /// <exception cref="ResultsDataException">No variant models the kernel, no marginal points, or too few to fit.</exception>
    public CalibrationDocument Calibrate(IReadOnlyList<RunDocument> runs, DateTime timeUtc, Action<string>? progress = null)
    {
        ArgumentNullException.ThrowIfNull(runs);
        if (runs.Count == 0)
            throw new ArgumentException("no run to calibrate on", nameof(runs));
        RunDocument newest = runs.MaxBy(r => r.Run.TimeUtc)!;
        string runIds = string.Join(", ", runs.Select(r => r.Run.Id));
        KernelReleaseMatch match = KernelReleaseMatch.For(newest.Host.KernelRelease);
        CopyVariant variant = match.Variant
            ?? throw new ResultsDataException($"kernel {newest.Host.KernelRelease}: {match.Reason}, so no model variant can price it");
        IReadOnlyList<MarginalPoint> marginal = MarginalPointReader.Read(runs);
        if (marginal.Count == 0)
            throw new ResultsDataException($"run {runIds} has no native marginal points (native/fork-marginal/...): calibrate needs a run of the native sweep");

        var (points, excluded) = Join(marginal, variant, progress);
        if (points.Count < 2)
            throw new ResultsDataException($"run {runIds}: {points.Count} point(s) with counted work in the model; at least 2 are needed to fit");

        IReadOnlyList<double>[] features = [.. points.Select(p => p.Features)];
        CostFit fit = RelativeCostFitter.Fit(features, [.. points.Select(p => p.MedianNs)]);
        progress?.Invoke(string.Create(CultureInfo.InvariantCulture, $"bootstrap: {_options.BootstrapResamples} refits"));
        var intervals = BootstrapCostIntervals.Compute(features, [.. points.Select(p => p.SamplesNs)], fit.Merge,
            _options.BootstrapResamples, _options.BootstrapSeed);
        progress?.Invoke("held-out checks");
        IReadOnlyList<HeldOutCheck> heldOut = HeldOutValidator.Run(points, _options.HeldOutMinimumNs);

        var calibration = new CalibrationDocument(CalibrationDocument.CurrentSchemaVersion, newest.Host.Id, newest.Host.KernelRelease,
            variant.Id, match.Reason, [.. runs.Select(r => r.Run.Id)], timeUtc, _options.BootstrapResamples, _options.BootstrapSeed,
            Costs(fit, intervals),
            [.. InseparableCosts.Find(features, fit.Merge).Select(u => (IReadOnlyDictionary<string, double>)CostColumn.All
                .Select((column, j) => (column.Key, Value: u[j])).Where(p => p.Value != 0).ToDictionary(p => p.Key, p => p.Value))],
            [.. points.Select(p => new PointFit(p.Tail, p.SamplesNs.Count, p.MedianNs, fit.Predict(p.Features)))],
            excluded, heldOut, []);
        return calibration with { Predictions = Predict(calibration, progress) };
    }

    /// <summary>Every variant's steady-state twin of each prediction tail, priced.</summary>
    private List<VariantPrediction> Predict(CalibrationDocument calibration, Action<string>? progress)
    {
        var predictions = new List<VariantPrediction>();
        foreach (string tail in _options.PredictionTails)
        {
            progress?.Invoke($"predicting {tail} under every variant");
            foreach (CopyVariant variant in CopyVariant.All)
            {
                ModelTwin twin = twins.Count(tail, variant);
                predictions.Add(twin.Counts is { } counts
                    ? new VariantPrediction(tail, variant.Id, calibration.PredictNs(counts), calibration.PredictionIsUndetermined(counts))
                    : new VariantPrediction(tail, variant.Id, null, false, twin.Refusal));
            }
        }
        return predictions;
    }

    /// <summary>Each point with its twin's counts, or the reason it is left out of the fit.</summary>
    private (List<CalibrationPoint> Points, List<ExcludedPoint> Excluded) Join(IReadOnlyList<MarginalPoint> marginal, CopyVariant variant, Action<string>? progress)
    {
        var points = new List<CalibrationPoint>();
        var excluded = new List<ExcludedPoint>();
        for (int i = 0; i < marginal.Count; i++)
        {
            MarginalPoint point = marginal[i];
            if (point.Spawn != "fork")
            {
                excluded.Add(new(point.Id, $"no model twin: {point.Spawn} shares the parent's memory, no page table is copied"));
                continue;
            }
            progress?.Invoke(string.Create(CultureInfo.InvariantCulture, $"counting {point.Tail} under {variant.Id} ({i + 1}/{marginal.Count})"));
            ModelTwin twin = twins.Count(point.Tail, variant);
            if (twin.Refusal is { } refusal)
            {
                excluded.Add(new(point.Id, $"no model twin: {refusal}"));
                continue;
            }
            double[] features = CostColumn.Features(twin.Counts!);
            if (features.All(f => f == 0))
                excluded.Add(new(point.Id, "no counted work: the model copies no page table here; the cost is outside the columns"));
            else if (!(point.MedianNs > 0))
                excluded.Add(new(point.Id, "the measured median is not positive, so a relative fit cannot weight it"));
            else
                points.Add(new CalibrationPoint(point.Id, ProcessScenario.ParseTail(point.Tail), point.SamplesNs, point.MedianNs, features));
        }
        return (points, excluded);
    }

    private static FittedCost[] Costs(CostFit fit, IReadOnlyList<(double Lower, double Upper)> intervals) =>
        [.. CostColumn.All.Select((column, k) =>
        {
            ColumnGroup? group = fit.Merge.GroupOf(k);
            if (group is null)
                return new FittedCost(column.Key, 0, 0, 0, Exercised: false);
            if (group.Representative != k)
            {
                int at = group.Members.Select((m, i) => (m, i)).First(p => p.m == k).i;
                return new FittedCost(column.Key, 0, 0, 0, CostColumn.All[group.Representative].Key, group.Ratios[at]);
            }
            return new FittedCost(column.Key, fit.CostsNs[k], intervals[k].Lower, intervals[k].Upper);
        })];
}
