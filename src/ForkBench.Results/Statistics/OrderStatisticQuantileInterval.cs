namespace ForkBench.Results.Statistics;

/// <summary>
/// The distribution-free confidence interval of a quantile from two order
/// statistics (Conover, 1999, "Practical Nonparametric Statistics", 3rd ed.,
/// section 3.2; Hahn and Meeker, 1991, "Statistical Intervals", chapter 5).
/// For any continuous distribution the number B of samples below its
/// p-quantile is Binomial(n, p), so the sorted sample's [x(l), x(u)] covers
/// that quantile with probability P(l &lt;= B &lt; u). Here l is the largest
/// rank with P(B &lt; l) &lt;= (1 - level) / 2 and u the smallest with
/// P(B &gt;= u) &lt;= (1 - level) / 2: the two tails are split evenly and
/// together miss at most 1 - level, so the coverage is at least the level
/// (B is discrete, so usually a little more).
/// <para>
/// Both bounds are samples, so the interval never leaves [min, max]: a time
/// never gets a negative bound, as a normal approximation at n = 5 can give.
/// When no rank meets a tail (for the median at 95%: fewer than 6 samples,
/// as 0.5^5 &gt; 0.025) there is no interval, and none is made up.
/// </para>
/// <para>
/// The binomial tails are summed term by term in log space, exactly up to
/// rounding for any n: Perfolizer's BinomialDistribution goes through its
/// regularized incomplete beta function, which turns into a normal
/// approximation above a + b = 30, too coarse to decide a rank at the edge.
/// </para>
/// </summary>
public static class OrderStatisticQuantileInterval
{
    /// <summary>
    /// Rounding slack on the tail bound, relative: a tail equal to its bound
    /// in exact arithmetic (e.g. 0.25 at level 0.5, n = 2) must not fail on
    /// the last bit of a sum of logs and exponentials.
    /// </summary>
    private const double Slack = 1e-9;

    /// <summary>
    /// The 1-based ranks (l, u) of the bounds in a sorted sample of
    /// <paramref name="count"/>, or null when the sample is too small for
    /// an interval at <paramref name="confidenceLevel"/>.
    /// </summary>
    public static (int Lower, int Upper)? Ranks(int count, double probability, double confidenceLevel)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(count);
        if (!(probability > 0 && probability < 1))
            throw new ArgumentOutOfRangeException(nameof(probability), probability, "must lie strictly between 0 and 1");
        if (!(confidenceLevel > 0 && confidenceLevel < 1))
            throw new ArgumentOutOfRangeException(nameof(confidenceLevel), confidenceLevel, "must lie strictly between 0 and 1");
        double tail = (1 - confidenceLevel) / 2;
        // P(B >= u) for B ~ Binomial(n, p) is P(B' <= n - u) for B' ~ Binomial(n, 1 - p):
        // the upper rank is the lower rank of the mirrored problem.
        int lower = LowerRank(count, probability, tail);
        int mirrored = LowerRank(count, 1 - probability, tail);
        return lower == 0 || mirrored == 0 ? null : (lower, count + 1 - mirrored);
    }

    /// <summary>
    /// [x(l), x(u)] of <paramref name="sorted"/> (ascending), or null when the
    /// sample is too small for an interval at <paramref name="confidenceLevel"/>.
    /// </summary>
    public static (double Lower, double Upper)? Of(IReadOnlyList<double> sorted, double probability, double confidenceLevel)
    {
        ArgumentNullException.ThrowIfNull(sorted);
        return Ranks(sorted.Count, probability, confidenceLevel) is (int l, int u)
            ? (sorted[l - 1], sorted[u - 1])
            : null;
    }

    /// <summary>
    /// The fewest samples that have an interval for the quantile at
    /// <paramref name="probability"/> (6 for the median at 95%).
    /// </summary>
    public static int MinimumCount(double probability, double confidenceLevel)
    {
        // Both tails need (1 - p)^n and p^n at most (1 - level) / 2, so a
        // bound exists; the search is short (36 for p = 0.1 at 95%).
        for (int n = 1; ; n++)
        {
            if (Ranks(n, probability, confidenceLevel) is not null)
                return n;
        }
    }

    /// <summary>
    /// The largest l in [1, n] with P(B &lt;= l - 1) &lt;= tail for
    /// B ~ Binomial(n, p), or 0 when even P(B = 0) is above the tail.
    /// </summary>
    private static int LowerRank(int n, double p, double tail)
    {
        double logP = Math.Log(p), logQ = Math.Log(1 - p), bound = tail * (1 + Slack);
        double logChoose = 0, cumulative = 0;
        int rank = 0;
        for (int k = 0; k < n; k++)
        {
            cumulative += Math.Exp(logChoose + k * logP + (n - k) * logQ);
            if (cumulative > bound)
                break;
            rank = k + 1;
            // log C(n, k + 1) from log C(n, k).
            logChoose += Math.Log(n - k) - Math.Log(k + 1);
        }
        return rank;
    }
}
