namespace ForkBench.Calibration.Fitting;

/// <summary>
/// Finds the columns that are identically collinear in the data: a column
/// that is a constant positive multiple of an earlier one in every point
/// joins that column's group (least squares cannot tell their costs apart,
/// and NNLS would split the sum arbitrarily), and a column that is zero in
/// every point is absent (nothing prices it). Counts are integers, so a
/// relative tolerance of 1e-9 only absorbs the rounding of the ratio.
/// </summary>
public static class ColumnMerger
{
    private const double RelativeTolerance = 1e-9;

    /// <param name="rows">Per point, its feature vector (all of one length).</param>
    public static ColumnMerge Merge(IReadOnlyList<IReadOnlyList<double>> rows)
    {
        ArgumentNullException.ThrowIfNull(rows);
        int n = rows.Count == 0 ? 0 : rows[0].Count;
        var groups = new List<(int Representative, List<int> Members, List<double> Ratios)>();
        var absent = new List<int>();
        for (int j = 0; j < n; j++)
        {
            if (rows.All(r => r[j] == 0))
            {
                absent.Add(j);
                continue;
            }
            var home = groups.FirstOrDefault(g => Ratio(rows, g.Representative, j) is not null);
            if (home.Members is null)
            {
                groups.Add((j, [j], [1.0]));
                continue;
            }
            home.Members.Add(j);
            home.Ratios.Add(Ratio(rows, home.Representative, j)!.Value);
        }
        return new ColumnMerge([.. groups.Select(g => new ColumnGroup(g.Representative, g.Members, g.Ratios))], absent);
    }

    /// <summary>c with column j = c * column r in every row (c &gt; 0), or null.</summary>
    private static double? Ratio(IReadOnlyList<IReadOnlyList<double>> rows, int r, int j)
    {
        IReadOnlyList<double>? pivot = rows.FirstOrDefault(row => row[r] != 0);
        if (pivot is null)
            return null;
        double c = pivot[j] / pivot[r];
        if (c <= 0)
            return null;
        foreach (IReadOnlyList<double> row in rows)
        {
            double expected = c * row[r];
            if (Math.Abs(row[j] - expected) > RelativeTolerance * Math.Max(Math.Abs(row[j]), Math.Abs(expected)))
                return null;
        }
        return c;
    }
}
