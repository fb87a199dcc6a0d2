namespace ForkBench.Native.Memory;

/// <summary>
/// Free page reporting held off for a native sweep. A guest whose
/// virtio-balloon reports free pages hands every free block of
/// page_reporting_order (2 MiB by default) back to its host, which discards
/// it; the next allocation of that memory then faults on the host, page by
/// page. A pinned fork copies every pinned page into freshly allocated
/// memory, so on such a guest it paid those faults for whichever part of
/// its copies landed on reported memory: on a 2-core VM, one to three of
/// nine pinned 1 GiB forks took over 1.5 times the median of 0.37 s (up
/// to 0.97 s), and the point's median moved 11.6% between sweeps; with
/// reporting held off, none did and it moved 1.8%. Holding it off sets the order above the largest
/// order the buddy allocator has (MAX_PAGE_ORDER, 10 on x86-64), so no free
/// block qualifies; the order is written back when the sweep ends (also on
/// Ctrl-C and at process exit, see <see cref="SysfsSettingChange"/>).
/// </summary>
public sealed class FreePageReportingHold : IDisposable
{
    /// <summary>The kernel's knob: free blocks of at least this order are reported.</summary>
    public const string OrderPath = "/sys/module/page_reporting/parameters/page_reporting_order";

    /// <summary>Above MAX_PAGE_ORDER: no free block is this large.</summary>
    public const int HeldOffOrder = 11;

    private readonly SysfsSettingChange? _change;

    private FreePageReportingHold(string state, string? warning, SysfsSettingChange? change)
    {
        State = state;
        Warning = warning;
        _change = change;
    }

    /// <summary>What the sweep ran with, for the result document: "held off for the run (order 9)", "on (order 9)", "off (order 11)" or "absent".</summary>
    public string State { get; }

    /// <summary>Why reporting stayed on though it was to be held off; null otherwise.</summary>
    public string? Warning { get; }

    /// <summary>
    /// Holds reporting off where the knob exists and reports; where it cannot
    /// be written (not root), leaves it on and says so in <see cref="Warning"/>.
    /// </summary>
    /// <param name="orderPath">The knob (tests give a file of their own).</param>
    public static FreePageReportingHold Start(string orderPath = OrderPath)
    {
        if (ReadOrder(orderPath) is not { } order || order >= HeldOffOrder)
            return Observe(orderPath);
        try
        {
            var change = SysfsSettingChange.Apply(
                new Dictionary<string, string> { [orderPath] = HeldOffOrder.ToString(System.Globalization.CultureInfo.InvariantCulture) },
                "free page reporting order");
            return new FreePageReportingHold($"held off for the run (order {order})", null, change);
        }
        catch (InvalidOperationException e)
        {
            return new FreePageReportingHold($"on (order {order})",
                $"free page reporting is on and was not held off ({e.Message}): pinned forks, COW and exit times include " +
                "host faults on memory this guest had handed back", null);
        }
    }

    /// <summary>Leaves reporting as it is (native --leave-page-reporting) and records its state.</summary>
    public static FreePageReportingHold Observe(string orderPath = OrderPath) =>
        ReadOrder(orderPath) switch
        {
            null => new FreePageReportingHold("absent", null, null),
            >= HeldOffOrder and var order => new FreePageReportingHold($"off (order {order})", null, null),
            var order => new FreePageReportingHold($"on (order {order})", null, null),
        };

    /// <summary>
    /// Writes the original order back (idempotent); a failure is returned as
    /// a warning, so that a sweep never loses what it measured to it.
    /// </summary>
    public string? Release()
    {
        try
        {
            _change?.Dispose();
            return null;
        }
        catch (IOException e)
        {
            return e.Message;
        }
    }

    /// <summary>Writes the original order back (idempotent); throws what <see cref="Release"/> would return.</summary>
    public void Dispose() => _change?.Dispose();

    private static int? ReadOrder(string path)
    {
        try
        {
            return int.TryParse(File.ReadAllText(path).Trim(), System.Globalization.NumberStyles.Integer,
                System.Globalization.CultureInfo.InvariantCulture, out int order) ? order : null;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return null;
        }
    }
}
