using System.Globalization;

namespace ForkBench.Scenarios;

/// <summary>
/// Which pages of a buffer hold something: none, all, the first 1/N, or every
/// N-th page. Used for FOLL_PIN pins, for false-positive references and for
/// the pages a sparse mapping has touched. The
/// placement is always explicit: "1/64" of a buffer pinned as one region and
/// every 64th page pinned are two scenarios with two ids.
/// Tokens: "none", "all", "first-1of64", "every-64th".
/// </summary>
public readonly record struct PinShare(int Divisor, PinPlacement Placement)
{
    public static PinShare None { get; } = new(0, PinPlacement.First);

    public static PinShare All { get; } = new(1, PinPlacement.First);

    public static PinShare First(int divisor) => divisor > 1 ? new(divisor, PinPlacement.First) : throw new ArgumentOutOfRangeException(nameof(divisor));

    public static PinShare Every(int divisor) => divisor > 1 ? new(divisor, PinPlacement.EveryNth) : throw new ArgumentOutOfRangeException(nameof(divisor));

    public bool IsNone => Divisor == 0;

    /// <summary>The page indexes (of <paramref name="pages"/>) the share covers, as runs of (first page, count).</summary>
    public IEnumerable<(long First, long Count)> Runs(long pages) => Divisor switch
    {
        0 => [],
        1 => [(0, pages)],
        _ when Placement == PinPlacement.First => [(0, Math.Max(1, pages / Divisor))],
        _ => EveryNthRuns(pages, Divisor),
    };

    /// <summary>How many of <paramref name="pages"/> pages the share covers.</summary>
    public long PagesOf(long pages) => Runs(pages).Sum(r => r.Count);

    public string Token => Divisor switch
    {
        0 => "none",
        1 => "all",
        _ when Placement == PinPlacement.First => string.Create(CultureInfo.InvariantCulture, $"first-1of{Divisor}"),
        _ => string.Create(CultureInfo.InvariantCulture, $"every-{Divisor}th"),
    };

    /// <summary>
    /// Reads a token, and the short forms people type: "0", "1", "1/64" (the
    /// first 1/64, as an io_uring buffer over part of the memory), "half".
    /// </summary>
    /// <exception cref="FormatException">Anything else.</exception>
    public static PinShare Parse(string text)
    {
        string t = text.Trim().ToLowerInvariant();
        switch (t)
        {
            case "none" or "0":
                return None;
            case "all" or "1":
                return All;
            case "half":
                return First(2);
        }
        if (t.StartsWith("first-1of", StringComparison.Ordinal) && ParseDivisor(t["first-1of".Length..]) is { } first)
            return First(first);
        if (t.StartsWith("1/", StringComparison.Ordinal) && ParseDivisor(t[2..]) is { } shortFirst)
            return First(shortFirst);
        if (t.StartsWith("every-", StringComparison.Ordinal) && t.EndsWith("th", StringComparison.Ordinal) && ParseDivisor(t["every-".Length..^2]) is { } every)
            return Every(every);
        throw new FormatException($"bad share '{text}' (use none, all, 1/64 or first-1of64, every-64th)");
    }

    public override string ToString() => Token;

    private static int? ParseDivisor(string digits) =>
        int.TryParse(digits, NumberStyles.None, CultureInfo.InvariantCulture, out int d) && d > 1 ? d : null;

    private static IEnumerable<(long, long)> EveryNthRuns(long pages, int divisor)
    {
        for (long page = 0; page < pages; page += divisor)
            yield return (page, 1);
    }
}
