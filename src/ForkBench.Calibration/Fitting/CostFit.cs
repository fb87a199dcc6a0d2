namespace ForkBench.Calibration.Fitting;

/// <summary>
/// A fitted price list: per column of <see cref="CostColumn.All"/> its cost
/// in ns per unit. A merged group's cost sits on its representative (the
/// other members are priced through it, at zero of their own); an absent
/// column costs zero. A prediction is counts x costs.
/// </summary>
/// <param name="CostsNs">Per column, ns per unit.</param>
/// <param name="Merge">How the columns were grouped for the data the costs were fitted on.</param>
public sealed record CostFit(IReadOnlyList<double> CostsNs, ColumnMerge Merge)
{
    /// <summary>The predicted ns for a feature vector (one entry per column).</summary>
    public double Predict(IReadOnlyList<double> features)
    {
        ArgumentNullException.ThrowIfNull(features);
        if (features.Count != CostsNs.Count)
            throw new ArgumentException($"{features.Count} features for {CostsNs.Count} costs", nameof(features));
        double sum = 0;
        for (int k = 0; k < features.Count; k++)
            sum += CostsNs[k] * features[k];
        return sum;
    }
}
