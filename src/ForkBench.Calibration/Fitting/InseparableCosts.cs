using MathNet.Numerics.LinearAlgebra;

namespace ForkBench.Calibration.Fitting;

/// <summary>
/// The directions in which the fitted costs are not determined by the data:
/// the null space of the points' count matrix (after merging). Pairwise
/// merging (<see cref="ColumnMerger"/>) misses a dependence among three or
/// more columns, e.g. PTE reads = PTE writes + k x PMD splits in every
/// point when the only pinned large folios are PMD THPs of one size: then
/// any cost vector c + t u (u in the null space) fits equally well, NNLS
/// returns one vertex of that set, and a prediction g.c is determined only
/// if g.u = 0 for every such u. Found from the singular values of the
/// column-normalised matrix; one below 1e-9 of the largest is a dependence
/// (counts are exact integers, so only rounding is below it).
/// </summary>
public static class InseparableCosts
{
    private const double RelativeSingularValue = 1e-9;

    /// <summary>Component below this share of a direction's largest one is rounding.</summary>
    public const double NegligibleComponent = 1e-6;

    /// <summary>A basis of the undetermined cost directions, each one entry per column (ns per unit, largest |entry| 1), empty when the costs are determined.</summary>
    public static IReadOnlyList<double[]> Find(IReadOnlyList<IReadOnlyList<double>> features, ColumnMerge merge)
    {
        ArgumentNullException.ThrowIfNull(features);
        ArgumentNullException.ThrowIfNull(merge);
        int k = merge.Groups.Count;
        if (features.Count == 0 || k == 0)
            return [];
        int columns = features[0].Count;
        var norms = new double[k];
        Matrix<double> a = Matrix<double>.Build.Dense(features.Count, k, (i, g) => features[i][merge.Groups[g].Representative]);
        for (int g = 0; g < k; g++)
        {
            norms[g] = a.Column(g).L2Norm();
            a.SetColumn(g, a.Column(g) / norms[g]);
        }
        var svd = a.Svd(computeVectors: true);
        double largest = svd.S.Count > 0 ? svd.S[0] : 0;
        var directions = new List<double[]>();
        for (int d = 0; d < k; d++)
        {
            // Fewer points than unknowns leaves the last directions without a singular value: null too.
            if (d < svd.S.Count && svd.S[d] > RelativeSingularValue * largest)
                continue;
            var u = new double[columns];
            for (int g = 0; g < k; g++)
                u[merge.Groups[g].Representative] = svd.VT[d, g] / norms[g];
            double max = u.Max(Math.Abs);
            for (int j = 0; j < columns; j++)
                u[j] = Math.Abs(u[j]) < NegligibleComponent * max ? 0 : u[j] / max;
            directions.Add(u);
        }
        return directions;
    }

    /// <summary>
    /// Whether a prediction for <paramref name="features"/> depends on where
    /// along the undetermined directions the fit landed: g.u is not zero,
    /// beyond rounding, for some direction u.
    /// </summary>
    public static bool PredictionDepends(IReadOnlyList<double> features, IEnumerable<IReadOnlyList<double>> directions)
    {
        foreach (IReadOnlyList<double> u in directions)
        {
            double dot = 0, scale = 0;
            for (int j = 0; j < u.Count; j++)
            {
                dot += u[j] * features[j];
                scale += Math.Abs(u[j] * features[j]);
            }
            if (scale > 0 && Math.Abs(dot) > 1e-6 * scale)
                return true;
        }
        return false;
    }
}
