using ForkBench.Results.Documents;
using Perfolizer.Mathematics.Distributions.ContinuousDistributions;

namespace ForkBench.Results.Statistics;

/// <summary>
/// How far one run's median of an id moves from another run's when nothing
/// changed: the noise a comparison of runs must allow for, and that the
/// spread inside one run does not show (code and heap layout, the machine's
/// state of that minute). Learnt from a replicated baseline (several runs).
/// </summary>
/// <remarks>
/// Per id, the logs of the baseline runs' medians have a sample variance
/// with k - 1 degrees of freedom (k runs): from three runs that estimate is
/// very rough. It is moderated toward the typical variance of the id's
/// family (ids sharing their first two segments, e.g. every
/// <c>native/fork-marginal/...</c> id), the empirical-Bayes moderated
/// variance of Smyth (2004, "Linear models and empirical Bayes methods for
/// assessing differential expression in microarray experiments", SAGMB
/// 3(1)): v = ((k - 1) s² + d0 s0²) / (k - 1 + d0), with d0 =
/// <see cref="PriorDegreesOfFreedom"/> and s0² the median of the family's
/// variances (each rescaled by its chi-squared median, so that the median
/// estimates the variance, not a fraction of it). Where the family has at
/// least <see cref="MinFamilySize"/> ids of the id's own size (its
/// <c>rss=</c> segment), s0² is the median over those alone: a native
/// figure's run-to-run noise falls with the buffer's size (fixed costs and
/// the process floor weigh less against a longer fork: over eight default
/// runs on a 2-core VM the fork-per-walk figures moved 1.9 to 3.8% at
/// 1 GiB and 3.2 to 6.8% at 256 MiB), and one prior for every size would
/// give a steady 1 GiB figure the limit of the noisier smaller ones. Like Smyth's "limma-trend", the prior
/// follows what the variance depends on. The limit for a current
/// median of j runs against the baseline's k is a two-sided prediction
/// bound of Student's t: exp(t(1 - alpha/2, k - 1 + d0) sqrt(v (1/k + 1/j))) - 1.
/// </remarks>
public sealed class RunToRunNoise
{
    /// <summary>The weight of the family's variance, in degrees of freedom (Smyth's d0).</summary>
    public const double PriorDegreesOfFreedom = 4;

    /// <summary>
    /// Two-sided level of the prediction bound: one unchanged id in a
    /// thousand may pass it. Run-to-run changes are heavier-tailed than
    /// normal (a 1 GiB buffer that got THP in one run and not in the next),
    /// and a default run has about 240 ids, so 0.01 flagged several ids of
    /// every unchanged run (see results/README.md).
    /// </summary>
    public const double Alpha = 0.001;

    /// <summary>A family needs this many replicated ids before its typical variance is trusted.</summary>
    public const int MinFamilySize = 3;

    private readonly IReadOnlyDictionary<string, double> _familyVariance;
    private readonly IReadOnlyDictionary<string, double> _sizeGroupVariance;

    private RunToRunNoise(IReadOnlyDictionary<string, double> familyVariance, IReadOnlyDictionary<string, double> sizeGroupVariance)
    {
        _familyVariance = familyVariance;
        _sizeGroupVariance = sizeGroupVariance;
    }

    /// <summary>The family of an id: its first two segments ("native/fork-marginal", "model/fork-layout").</summary>
    public static string FamilyOf(string id)
    {
        string[] segments = id.Split('/');
        return segments.Length >= 2 ? segments[0] + "/" + segments[1] : segments[0];
    }

    /// <summary>
    /// The family and the size of an id ("native/fork-per-walk rss=1gib"),
    /// or null for an id without an <c>rss=</c> segment.
    /// </summary>
    public static string? SizeGroupOf(string id) =>
        id.Split('/').LastOrDefault(s => s.StartsWith("rss=", StringComparison.Ordinal)) is { } size
            ? FamilyOf(id) + " " + size
            : null;

    /// <summary>Learns the families' typical run-to-run variance from a (replicated) baseline.</summary>
    public static RunToRunNoise From(RunDocument baseline)
    {
        var byFamily = new Dictionary<string, List<double>>(StringComparer.Ordinal);
        var bySizeGroup = new Dictionary<string, List<double>>(StringComparer.Ordinal);
        foreach (Measurement m in baseline.Measurements)
        {
            if (LogMedians(m) is not { Length: >= 2 } logs)
                continue;
            int df = logs.Length - 1;
            double scaled = Variance(logs) * df / ChiSquaredMedian(df);
            Add(byFamily, FamilyOf(m.Id), scaled);
            if (SizeGroupOf(m.Id) is { } group)
                Add(bySizeGroup, group, scaled);
        }
        return new RunToRunNoise(TypicalVariances(byFamily), TypicalVariances(bySizeGroup));
    }

    private static void Add(Dictionary<string, List<double>> groups, string key, double variance)
    {
        if (!groups.TryGetValue(key, out List<double>? list))
            groups[key] = list = [];
        list.Add(variance);
    }

    private static Dictionary<string, double> TypicalVariances(Dictionary<string, List<double>> groups) =>
        groups.Where(g => g.Value.Count >= MinFamilySize).ToDictionary(g => g.Key, g => MedianOf(g.Value), StringComparer.Ordinal);

    /// <summary>The typical variance an id is moderated toward: its family's at its size where known, else its family's.</summary>
    private bool TryGetPrior(string id, out double prior) =>
        (SizeGroupOf(id) is { } group && _sizeGroupVariance.TryGetValue(group, out prior))
        || _familyVariance.TryGetValue(FamilyOf(id), out prior);

    /// <summary>
    /// The run-to-run limit for this pair, or null when the baseline has
    /// fewer than two runs of the id (then nothing is known of its noise).
    /// Where a run's median is not clearly above zero (see
    /// <see cref="ClearlyPositive"/>) the analysis is absolute, on the run
    /// medians themselves, with the id's own variance alone (a family's
    /// typical variance is of logs).
    /// </summary>
    public RunNoiseLimit? For(Measurement baseline, Measurement current)
    {
        if (Medians(baseline) is not { Length: >= 2 } before || Medians(current) is not { Length: >= 1 } now)
            return null;
        bool relative = ClearlyPositive(baseline) && ClearlyPositive(current);
        if (relative)
        {
            before = [.. before.Select(x => Math.Log(x))];
            now = [.. now.Select(x => Math.Log(x))];
        }
        int k = before.Length, j = now.Length;
        double own = Variance(before);
        double df = k - 1;
        double variance = own;
        if (relative && TryGetPrior(baseline.Id, out double prior))
        {
            variance = ((k - 1) * own + PriorDegreesOfFreedom * prior) / (k - 1 + PriorDegreesOfFreedom);
            df += PriorDegreesOfFreedom;
        }
        double limit = new StudentDistribution(df).Quantile(1 - Alpha / 2) * Math.Sqrt(variance * (1.0 / k + 1.0 / j));
        double change = MedianOf(now) - MedianOf(before);
        return relative
            ? new RunNoiseLimit(true, Math.Exp(change) - 1, Math.Exp(limit) - 1, k, j)
            : new RunNoiseLimit(false, change, limit, k, j);
    }

    /// <summary>Each run's median, for the runs that measured the id; null when skipped.</summary>
    private static double[]? Medians(Measurement m) =>
        m.IsSkipped ? null : [.. m.RunGroups().Select(group => SampleQuantile.Median(group))];

    /// <summary>The log of each run's median; null when skipped or when a run is not clearly above zero.</summary>
    private static double[]? LogMedians(Measurement m) =>
        Medians(m) is { } medians && ClearlyPositive(m) ? [.. medians.Select(x => Math.Log(x))] : null;

    /// <summary>
    /// Whether every run of the id is clearly above zero: the lower end of
    /// its median's 95% interval is (its smallest sample, where the run is
    /// too small for an interval). A quantity whose samples straddle zero,
    /// such as the marginal cost of a buffer fork does not copy, has run
    /// medians of a few units either side of it: on the log scale they
    /// look like changes of several times, and a family's typical variance
    /// of logs says nothing of them.
    /// </summary>
    internal static bool ClearlyPositive(Measurement m) =>
        !m.IsSkipped && m.RunGroups().All(group =>
            (SampleSummarizer.SummarizeOrNull(group) is { Median.Lower: { } lower } ? lower : group.Min()) > 0);

    private static double Variance(double[] values)
    {
        double mean = values.Average();
        return values.Sum(x => (x - mean) * (x - mean)) / (values.Length - 1);
    }

    private static double MedianOf(IReadOnlyList<double> values) => SampleQuantile.Median(values);

    /// <summary>
    /// The median of chi-squared with <paramref name="df"/> degrees of
    /// freedom, by the Wilson-Hilferty approximation (1931): df (1 - 2/(9 df))³;
    /// 1.40 for df = 2 against the exact 1.386.
    /// </summary>
    internal static double ChiSquaredMedian(double df) => df * Math.Pow(1 - 2 / (9 * df), 3);
}
