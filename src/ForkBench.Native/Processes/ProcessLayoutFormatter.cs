using System.Globalization;
using System.Text;
using ForkBench.Scenarios;

namespace ForkBench.Native.Processes;

/// <summary>
/// Writes a <see cref="ProcessLayout"/> as plain ASCII text of at most 80
/// columns: a header with the process-level pins, one row per VMA that
/// matters to fork (see <see cref="IsNotable"/>) with its scenario under
/// it, a summary line for the rest, and every warning. Pure: layout in,
/// text out.
/// </summary>
public static class ProcessLayoutFormatter
{
    private const int Width = 80;
    private const long NotableResident = 1024 * 1024;
    private const string Indent = "    ";

    /// <summary>Flags that change what fork does or what it costs, in the order they print.</summary>
    private static readonly VmFlag[] ShownFlags =
    [
        VmFlag.Shared, VmFlag.DontCopy, VmFlag.WipeOnFork, VmFlag.HugePage, VmFlag.NoHugePage,
        VmFlag.Locked, VmFlag.PfnMap, VmFlag.Io, VmFlag.MixedMap, VmFlag.Hugetlb, VmFlag.UffdWp,
    ];

    /// <param name="all">Every VMA gets a row, not only those that matter to fork.</param>
    public static string Format(ProcessLayout layout, bool all = false)
    {
        ArgumentNullException.ThrowIfNull(layout);
        var text = new StringBuilder();
        Header(text, layout);
        text.Append('\n');
        text.Append(Row("start", "kind", "size", "resident", "thp", "pinned", "flags")).Append('\n');
        var shown = layout.Vmas.Where(v => all || IsNotable(v)).ToList();
        foreach (VmaLayout vma in shown)
        {
            text.Append(Row(vma.Start.ToString("x", CultureInfo.InvariantCulture), KindText(vma.Kind), LayoutText.Bytes(vma.SizeBytes),
                LayoutText.Bytes(vma.ResidentBytes), LayoutText.Bytes(vma.Folios.PmdMappedBytes), LayoutText.Bytes(vma.PinnedBytes), FlagText(vma.Flags))).Append('\n');
            string scenario = vma.Match.Scenario is { } s ? s.Tail : "no scenario";
            string detail = vma.Match.Note is { } note ? $"{scenario}: {note}" : scenario;
            if (vma.Name.Length > 0 && Indent.Length + detail.Length + 2 + vma.Name.Length <= Width)
            {
                text.Append(Indent).Append(detail).Append("  ").Append(vma.Name).Append('\n');
                continue;
            }
            Wrap(text, detail, Indent, Indent + "  ");
            if (vma.Name.Length > 0)
                text.Append(Indent).Append(ShortenPath(vma.Name, Width - Indent.Length)).Append('\n');
        }
        int hidden = layout.Vmas.Count - shown.Count;
        if (hidden > 0)
        {
            long resident = layout.Vmas.Except(shown).Sum(v => v.ResidentBytes);
            text.Append(CultureInfo.InvariantCulture, $"+ {hidden} more mappings (under 1MiB resident, or not copied): {LayoutText.Bytes(resident)} resident\n");
        }
        text.Append('\n');
        foreach (LayoutWarning warning in layout.Warnings)
            Wrap(text, warning.Message, warning.Kind == LayoutWarningKind.Assumption ? "assumed: " : "warning: ", "  ");
        return text.ToString();
    }

    /// <summary>
    /// Pinned, advised or specially flagged VMAs, and those with 1 MiB or more
    /// resident that fork copies (a scenario) or that no scenario covers
    /// (device memory, hugetlb).
    /// </summary>
    private static bool IsNotable(VmaLayout vma) =>
        vma.PinnedBytes > 0 || vma.Advice != ForkAdvice.None
        || (vma.Flags & (VmFlag.Locked | VmFlag.UffdWp | VmFlag.Hugetlb)) != 0
        || (vma.ResidentBytes >= NotableResident && (vma.Match.Scenario is not null || vma.Kind is VmaKind.Special or VmaKind.Hugetlb));

    private static void Header(StringBuilder text, ProcessLayout layout)
    {
        var status = layout.Status;
        string uid = status.Uid is { } u ? u.ToString(CultureInfo.InvariantCulture) : "?";
        Wrap(text, $"process {layout.Pid} ({layout.Name}), uid {uid}; kernel {layout.Kernel.KernelRelease}, THP {layout.Kernel.ThpEnabled}", "", "  ");
        string vmPin = status.VmPinBytes is { } pin ? LayoutText.Bytes(pin) : "unreadable";
        string unplaced = layout.UnplacedPinnedBytes is { } un ? LayoutText.Bytes(un) : "unknown";
        Wrap(text, $"VmPin {vmPin}: io_uring {LayoutText.Bytes(layout.IoUringPinnedBytes)} in {layout.Rings.Count} ring(s), placed {LayoutText.Bytes(layout.PlacedPinnedBytes)}, unplaced {unplaced}; VmLck {Maybe(status.VmLckBytes)}", "", "  ");
        Wrap(text, $"RssAnon {Maybe(status.RssAnonBytes)}, RssFile {Maybe(status.RssFileBytes)}, RssShmem {Maybe(status.RssShmemBytes)}; {layout.Vmas.Count} mappings", "", "  ");
    }

    /// <summary>A path cut from the left to <paramref name="room"/> columns: the file name is what identifies it.</summary>
    private static string ShortenPath(string path, int room) =>
        path.Length <= room ? path : "..." + path[^(room - 3)..];

    private static string Maybe(long? bytes) => bytes is { } b ? LayoutText.Bytes(b) : "?";

    private static string Row(string start, string kind, string size, string resident, string thp, string pinned, string flags) =>
        $"{start,-16} {kind,-12} {size,8} {resident,8} {thp,7} {pinned,7} {flags}".TrimEnd();

    private static string KindText(VmaKind kind) => kind switch
    {
        VmaKind.AnonPrivate => "anon-private",
        VmaKind.AnonShared => "anon-shared",
        VmaKind.FilePrivate => "file-private",
        VmaKind.FileShared => "file-shared",
        VmaKind.Hugetlb => "hugetlb",
        _ => "special",
    };

    private static string FlagText(VmFlag flags) =>
        string.Join(' ', ShownFlags.Where(f => (flags & f) != 0).Select(VmFlagParser.Code));

    /// <summary>
    /// Appends <paramref name="line"/> after <paramref name="first"/> in lines
    /// of at most <see cref="Width"/> columns, breaking at spaces (a word
    /// longer than a line, such as a path, is cut); later lines start with
    /// <paramref name="next"/>.
    /// </summary>
    private static void Wrap(StringBuilder text, string line, string first, string next)
    {
        var current = new StringBuilder(first);
        int empty = first.Length;
        foreach (string word in line.Split(' '))
        {
            string rest = word;
            bool separated = current.Length > empty;
            while (current.Length + (separated ? 1 : 0) + rest.Length > Width)
            {
                if (current.Length > empty)
                {
                    text.Append(current.ToString().TrimEnd()).Append('\n');
                    current.Clear().Append(next);
                    empty = next.Length;
                    separated = false;
                    continue;
                }
                int room = Width - current.Length;
                text.Append(current).Append(rest.AsSpan(0, room)).Append('\n');
                rest = rest[room..];
                current.Clear().Append(next);
                empty = next.Length;
            }
            if (separated)
                current.Append(' ');
            current.Append(rest);
        }
        text.Append(current.ToString().TrimEnd()).Append('\n');
    }
}
