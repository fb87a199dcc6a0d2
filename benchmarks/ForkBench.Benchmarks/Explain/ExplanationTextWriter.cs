using ForkBench.Calibration.Text;
using ForkBench.Native.Processes;
using ForkBench.Reporting.Text;

namespace ForkBench.Benchmarks.Explain;

/// <summary>
/// An explanation as plain text for a terminal or a mailing list: 80
/// columns, ASCII, every figure labelled as a prediction. Pure.
/// </summary>
public static class ExplanationTextWriter
{
    /// <summary>How many of the most expensive mappings the table lists.</summary>
    public const int ListedVmas = 8;

    public static void Write(ForkCostExplanation e, TextWriter output)
    {
        ProcessLayout layout = e.Layout;
        Wrapped(output, $"explain: process {layout.Pid} ({layout.Name}); model: {e.Variant}");
        Wrapped(output, $"predicted fork() cost: {TimeText.Duration(e.TotalNs)}{(e.Undetermined ? "*" : "")} for copying this process's memory (a minimal process's fork comes on top); {e.Calibration}");
        Wrapped(output, $"pinned: VmPin {Bytes(layout.Status.VmPinBytes)}, io_uring {LayoutText.Bytes(layout.IoUringPinnedBytes)} in {layout.Rings.Count} ring(s), placed in mappings {LayoutText.Bytes(layout.PlacedPinnedBytes)}");
        output.WriteLine();

        VmaCost[] priced = [.. e.Costs.Where(c => c.PredictedNs is > 0).Take(ListedVmas)];
        if (priced.Length > 0)
        {
            output.WriteLine("The mappings that cost most (predicted):");
            output.WriteLine($"{"start-end",-27} {"size",8} {"scenario",-26} {"cost",9} {"share",6}");
            foreach (VmaCost c in priced)
            {
                string share = e.TotalNs > 0 ? $"{c.PredictedNs!.Value / e.TotalNs * 100,5:0.0}%" : "";
                output.WriteLine($"{$"{c.Vma.Start:x}-{c.Vma.End:x}",-27} {LayoutText.Bytes(c.Vma.SizeBytes),8} {Cut(c.Tail ?? "", 26),-26} {TimeText.Duration(c.PredictedNs!.Value) + (c.Undetermined ? "*" : ""),9} {share,6}");
                if (c.Vma.Name.Length > 0)
                    output.WriteLine($"    {Cut(AsciiText.Sanitize(c.Vma.Name), 74)}");
            }
            int rest = e.Costs.Count(c => c.PredictedNs is > 0) - priced.Length;
            if (rest > 0)
                output.WriteLine($"+ {rest} more priced mapping(s): {TimeText.Duration(e.Costs.Where(c => c.PredictedNs is > 0).Skip(priced.Length).Sum(c => c.PredictedNs!.Value))}");
            output.WriteLine();
        }

        if (e.Fixes.Count > 0)
        {
            output.WriteLine("What would cut it (predicted saving; what the program gives up):");
            foreach (ForkCostFix fix in e.Fixes)
            {
                Wrapped(output, fix.Change, FixIndent, $"  {"-" + TimeText.Duration(fix.SavingNs),10}  ");
                Wrapped(output, fix.Consequence, FixIndent, FixIndent);
            }
            output.WriteLine();
        }
        foreach (string note in e.Notes)
            Wrapped(output, note, "  ", "note: ");
        if (e.Undetermined)
            Wrapped(output, "depends on costs the calibration could not separate (see 'calibrate'); calibrate on a run with mTHP points to pin them down", "  ", "* ");
    }

    private static string Bytes(long? bytes) => bytes is { } b ? LayoutText.Bytes(b) : "unreadable";

    private static string Cut(string text, int width) => text.Length <= width ? text : "..." + text[^(width - 3)..];

    private const string FixIndent = "              ";

    /// <summary><paramref name="text"/> wrapped to 80 columns after <paramref name="first"/>, later lines after <paramref name="indent"/>.</summary>
    private static void Wrapped(TextWriter output, string text, string indent = "  ", string first = "")
    {
        int width = AsciiText.MaxColumns - Math.Max(first.Length, indent.Length);
        foreach (var (line, i) in TextWrap.Wrap(AsciiText.Sanitize(text), width).Select((l, i) => (l, i)))
            output.WriteLine((i == 0 ? first : indent) + line);
    }
}
