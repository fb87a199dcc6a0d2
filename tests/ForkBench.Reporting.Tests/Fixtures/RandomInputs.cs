using ForkBench.Results.Comparison;
using ForkBench.Reporting.Model;

namespace ForkBench.Reporting.Tests.Fixtures;

/// <summary>
/// Seeded generator of awkward inputs for property-style tests: names that
/// are long, non-ASCII or contain tabs, values over many orders of
/// magnitude, empty series.
/// </summary>
public sealed class RandomInputs(int seed)
{
    private static readonly string[] Awkward =
    [
        "4 KiB",
        "THP pinned",
        "native/fork/anon-4k/pinned=io_uring/rss=512MiB/with-a-very-long-suffix-that-keeps-going",
        "tab\there",
        "caf\u00e9 \u00b5s \u2014 \u201cquoted\u201d",
        "x",
        new string('w', 120),
        "spaces   in   between   and a rather long sentence that must wrap somewhere sensible",
    ];

    private readonly Random _random = new(seed);

    public string Name() =>
        _random.Next(3) == 0 ? Awkward[_random.Next(Awkward.Length)] : "s" + _random.Next(1000);

    public double Value(double minExp = 1, double maxExp = 11) => Math.Pow(10, minExp + _random.NextDouble() * (maxExp - minExp));

    public int Next(int max) => _random.Next(max);

    public IReadOnlyList<LatencySeries> Latency()
    {
        int count = 1 + _random.Next(9);
        return Enumerable.Range(0, count).Select(_ =>
        {
            int points = _random.Next(8);
            var sizes = Enumerable.Range(0, points).Select(_ => (long)Math.Pow(2, 12 + _random.Next(30))).Distinct();
            return new LatencySeries(Name(), sizes.Select(size =>
            {
                double median = Value();
                var samples = Enumerable.Range(0, _random.Next(40)).Select(_ => median * (0.5 + _random.NextDouble())).ToArray();
                // One point in five has too few samples for an interval.
                return _random.Next(5) == 0
                    ? new LatencyPoint(size, median, null, null, samples)
                    : new LatencyPoint(size, median, median * (0.5 + _random.NextDouble() / 2), median * (1 + _random.NextDouble()), samples);
            }).ToList());
        }).ToList();
    }

    public IReadOnlyList<VariantResult> Model()
    {
        var groups = Enumerable.Range(0, 1 + _random.Next(9)).Select(_ => Name()).Distinct().ToList();
        var variants = Enumerable.Range(0, 1 + _random.Next(6)).Select(_ => Name()).Distinct().ToList();
        return groups.SelectMany(g => variants.Select(v =>
        {
            double ns = Value(0, 3.5);
            var counts = _random.Next(4) == 0 ? null : new ModelCounts(
                _random.NextInt64(0, 1L << 40), _random.NextInt64(0, 1L << 41), _random.NextInt64(0, 1L << 30), _random.Next(1000));
            return _random.Next(5) == 0
                ? new VariantResult(g, v, ns, null, null) { Counts = counts }
                : new VariantResult(g, v, ns, ns * (0.9 + _random.NextDouble() / 10), ns * (1 + _random.NextDouble() / 5)) { Counts = counts };
        })).ToList();
    }

    public IReadOnlyList<ComparisonRow> Comparison()
    {
        return Enumerable.Range(0, _random.Next(15)).Select(_ =>
        {
            double baseline = Value(), ratio = Math.Pow(10, _random.NextDouble() * 2 - 1);
            var verdict = (Verdict)_random.Next(3);
            string unit = _random.Next(3) switch { 0 => "ns", 1 => "ns/PTE", _ => "ops/s" };
            // An empty label stands for a row nobody labelled: the id is shown instead.
            string label = _random.Next(4) == 0 ? "" : Name();
            return new ComparisonRow(Name(), label, baseline, baseline * ratio, (ratio - 1) * 100, ratio * 0.9, ratio * 1.1, verdict, unit);
        }).ToList();
    }
}
