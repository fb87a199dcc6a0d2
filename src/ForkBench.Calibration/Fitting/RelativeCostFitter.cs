using MathNet.Numerics.LinearAlgebra;

namespace ForkBench.Calibration.Fitting;

/// <summary>
/// Fits per-operation costs c &gt;= 0 to measured times: measured_i ~ sum_k
/// c_k count_ik, by <see cref="NonNegativeLeastSquares"/> on the rows
/// divided by their measured value, i.e. minimising the sum of squared
/// relative errors sum_i ((predicted_i - measured_i) / measured_i)^2. The
/// points span 100 us to 1 s: unweighted, the few largest would decide every
/// cost and the small ones could be off by any factor. Identically collinear
/// columns are merged first (<see cref="ColumnMerger"/>).
/// </summary>
public static class RelativeCostFitter
{
    /// <param name="features">Per point, its counts as a feature vector (<see cref="CostColumn.Features"/>).</param>
    /// <param name="measuredNs">Per point, the measured time in ns (positive).</param>
    public static CostFit Fit(IReadOnlyList<IReadOnlyList<double>> features, IReadOnlyList<double> measuredNs) =>
        Fit(features, measuredNs, ColumnMerger.Merge(features));

    /// <summary>The fit with a given grouping (the bootstrap keeps the grouping of the full data).</summary>
    public static CostFit Fit(IReadOnlyList<IReadOnlyList<double>> features, IReadOnlyList<double> measuredNs, ColumnMerge merge)
    {
        ArgumentNullException.ThrowIfNull(features);
        ArgumentNullException.ThrowIfNull(measuredNs);
        ArgumentNullException.ThrowIfNull(merge);
        if (features.Count != measuredNs.Count)
            throw new ArgumentException($"{features.Count} points but {measuredNs.Count} measured values", nameof(measuredNs));
        if (features.Count == 0)
            throw new ArgumentException("nothing to fit", nameof(features));
        if (measuredNs.Any(y => !(y > 0) || !double.IsFinite(y)))
            throw new ArgumentException("measured values must be positive and finite (the fit is relative)", nameof(measuredNs));
        int columns = features[0].Count;
        var costs = new double[columns];
        if (merge.Groups.Count > 0)
        {
            Matrix<double> a = Matrix<double>.Build.Dense(features.Count, merge.Groups.Count,
                (i, g) => features[i][merge.Groups[g].Representative] / measuredNs[i]);
            Vector<double> ones = Vector<double>.Build.Dense(features.Count, 1.0);
            Vector<double> x = NonNegativeLeastSquares.Solve(a, ones);
            for (int g = 0; g < merge.Groups.Count; g++)
                costs[merge.Groups[g].Representative] = x[g];
        }
        return new CostFit(costs, merge);
    }
}
