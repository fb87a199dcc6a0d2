using MathNet.Numerics.LinearAlgebra;

namespace ForkBench.Calibration.Fitting;

/// <summary>
/// Non-negative least squares: the x &gt;= 0 that minimises ||Ax - b||2, by
/// the active-set algorithm NNLS of Lawson and Hanson (1974, "Solving Least
/// Squares Problems", Prentice-Hall, chapter 23). The passive set P holds
/// the variables free to be positive, the others are held at zero; each
/// outer step frees the variable whose gradient w = A'(b - Ax) most wants to
/// grow, each inner step solves the unconstrained problem on P and, where
/// that would make a variable negative, moves only as far as the first one
/// reaches zero and returns it to the zero set. The solution satisfies the
/// Kuhn-Tucker conditions: w_j &lt;= 0 where x_j = 0, w_j = 0 where x_j &gt; 0.
/// </summary>
public static class NonNegativeLeastSquares
{
    /// <summary>The solution of min ||Ax - b|| subject to x &gt;= 0.</summary>
    /// <exception cref="ArgumentException">Shapes that do not match, or a non-finite entry.</exception>
    public static Vector<double> Solve(Matrix<double> a, Vector<double> b)
    {
        ArgumentNullException.ThrowIfNull(a);
        ArgumentNullException.ThrowIfNull(b);
        if (a.RowCount != b.Count)
            throw new ArgumentException($"A has {a.RowCount} rows but b has {b.Count} entries", nameof(b));
        if (a.Enumerate().Any(v => !double.IsFinite(v)) || b.Enumerate().Any(v => !double.IsFinite(v)))
            throw new ArgumentException("A and b must be finite");
        int n = a.ColumnCount;

        // Unit columns: x_j >= 0 exactly when x_j / s_j >= 0, so the solution
        // set is the same, and one tolerance fits columns of any magnitude
        // (counts run from tens to billions).
        var scale = new double[n];
        Matrix<double> scaled = a.Clone();
        for (int j = 0; j < n; j++)
        {
            double norm = a.Column(j).L2Norm();
            scale[j] = norm > 0 ? norm : 1;
            scaled.SetColumn(j, a.Column(j) / scale[j]);
        }
        // The tolerance of the Kuhn-Tucker test (as MATLAB's lsqnonneg sets it).
        double tolerance = 10 * Epsilon * Math.Max(a.RowCount, n) * Math.Max(scaled.L1Norm(), 1);

        var x = Vector<double>.Build.Dense(n);
        var passive = new bool[n];
        // A variable whose own unconstrained step went non-positive right
        // after it was freed (rounding, against the theory) is skipped until
        // x next changes, which keeps the outer loop from cycling on it.
        var skipped = new bool[n];
        int maxOuter = 3 * n + 30;
        for (int outer = 0; outer < maxOuter; outer++)
        {
            Vector<double> w = scaled.TransposeThisAndMultiply(b - scaled * x);
            int entering = -1;
            double best = tolerance;
            for (int j = 0; j < n; j++)
            {
                if (!passive[j] && !skipped[j] && w[j] > best)
                {
                    best = w[j];
                    entering = j;
                }
            }
            if (entering < 0)
                break;
            passive[entering] = true;

            bool first = true;
            while (true)
            {
                Vector<double> z = SolveOnPassiveSet(scaled, b, passive);
                if (first && z[entering] <= tolerance)
                {
                    passive[entering] = false;
                    skipped[entering] = true;
                    break;
                }
                first = false;
                if (Enumerable.Range(0, n).All(j => !passive[j] || z[j] > tolerance))
                {
                    x = z;
                    Array.Clear(skipped);
                    break;
                }
                // Step back towards x until the first passive variable reaches zero.
                double alpha = 1;
                for (int j = 0; j < n; j++)
                {
                    if (passive[j] && z[j] <= tolerance)
                    {
                        double gap = x[j] - z[j];
                        alpha = Math.Min(alpha, gap > 0 ? x[j] / gap : 0);
                    }
                }
                x += alpha * (z - x);
                for (int j = 0; j < n; j++)
                {
                    if (passive[j] && x[j] <= tolerance)
                    {
                        passive[j] = false;
                        x[j] = 0;
                    }
                }
                Array.Clear(skipped);
                if (!passive.Any(p => p))
                    break;
            }
        }
        for (int j = 0; j < n; j++)
            x[j] = Math.Max(x[j], 0) / scale[j];
        return x;
    }

    private const double Epsilon = 2.220446049250313e-16;

    /// <summary>
    /// The unconstrained least-squares solution on the passive columns (zero
    /// elsewhere), through the SVD pseudo-inverse: nearly dependent columns
    /// get the minimum-norm answer instead of an overflow.
    /// </summary>
    private static Vector<double> SolveOnPassiveSet(Matrix<double> a, Vector<double> b, bool[] passive)
    {
        int[] columns = [.. Enumerable.Range(0, passive.Length).Where(j => passive[j])];
        var z = Vector<double>.Build.Dense(passive.Length);
        if (columns.Length == 0)
            return z;
        Matrix<double> sub = Matrix<double>.Build.Dense(a.RowCount, columns.Length, (i, k) => a[i, columns[k]]);
        var svd = sub.Svd(computeVectors: true);
        Vector<double> s = svd.S;
        double cutoff = s.Count > 0 ? s[0] * Math.Max(sub.RowCount, sub.ColumnCount) * Epsilon : 0;
        Vector<double> utb = svd.U.TransposeThisAndMultiply(b);
        var y = Vector<double>.Build.Dense(columns.Length);
        for (int k = 0; k < Math.Min(s.Count, columns.Length); k++)
            y[k] = s[k] > cutoff ? utb[k] / s[k] : 0;
        Vector<double> solution = svd.VT.TransposeThisAndMultiply(y);
        for (int k = 0; k < columns.Length; k++)
            z[columns[k]] = solution[k];
        return z;
    }
}
