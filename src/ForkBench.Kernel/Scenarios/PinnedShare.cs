namespace ForkBench.Kernel.Scenarios;

/// <summary>
/// Which part of a scenario's buffer is pinned: none, the whole buffer, or
/// its first 1/N (a contiguous region, as an io_uring fixed buffer or an
/// RDMA registration covers one). A pin on any subpage marks its whole folio.
/// </summary>
public readonly record struct PinnedShare(int Divisor)
{
    public static readonly PinnedShare None = new(0);
    public static readonly PinnedShare All = new(1);
    public static readonly PinnedShare OneIn64 = new(64);
    public static readonly PinnedShare OneIn1024 = new(1024);

    public long PagesOf(long pages) => Divisor == 0 ? 0 : Math.Max(1, pages / Divisor);

    /// <summary>"0", "all", "1-64": the form used in measurement ids.</summary>
    public string Id => Divisor switch { 0 => "0", 1 => "all", _ => $"1-{Divisor}" };

    public static PinnedShare Parse(string text) => text switch
    {
        "0" or "none" => None,
        "all" or "1" => All,
        _ when text.StartsWith("1/", StringComparison.Ordinal) || text.StartsWith("1-", StringComparison.Ordinal)
            => int.TryParse(text[2..], out int d) && d > 1 ? new PinnedShare(d) : throw new FormatException($"bad pinned share '{text}'"),
        _ => throw new FormatException($"bad pinned share '{text}' (use 0, all, 1/64, 1/1024)"),
    };

    public override string ToString() => Id;
}
