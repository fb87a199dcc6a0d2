using ForkBench.Reporting.Formatting;
using ForkBench.Reporting.Model;

namespace ForkBench.Reporting.Text;

/// <summary>
/// The block at the top of a report: which kernel, CPU, memory and THP
/// settings the numbers come from, so a reader can tell at a glance whether
/// they apply to their machine.
/// </summary>
public static class HeaderWriter
{
    private const int LabelWidth = 12;

    public static string Write(ReportHeader header, string title = "ForkBench: what fork() costs")
    {
        var lines = new List<string>();
        lines.AddRange(TextWrap.Wrap(AsciiText.Sanitize(title), AsciiText.MaxColumns));
        lines.Add(new string('=', Math.Min(AsciiText.MaxColumns, lines.Max(l => l.Length))));
        Add(lines, "Kernel:", header.Kernel);
        Add(lines, "CPU:", $"{header.Cpu} ({header.Cores} {(header.Cores == 1 ? "CPU" : "CPUs")})");
        Add(lines, "Memory:", SizeFormat.Format(header.MemoryBytes));
        if (header.ThpSettings.Count == 0)
            Add(lines, "THP:", "unknown");
        for (int i = 0; i < header.ThpSettings.Count; i++)
        {
            var s = header.ThpSettings[i];
            Add(lines, i == 0 ? "THP:" : "", $"{s.Name}: {s.Value}");
        }
        if (header.Virtualization is { } virt)
            Add(lines, "Virt:", virt);
        if (header.ModelVariant is { } variant)
            Add(lines, "Model:", variant);
        string tool = header.Commit is { } commit ? $"{header.ToolVersion} (commit {commit})" : header.ToolVersion;
        Add(lines, "ForkBench:", tool);
        return string.Join('\n', lines) + "\n";
    }

    private static void Add(List<string> lines, string label, string value)
    {
        var wrapped = TextWrap.Wrap(AsciiText.Sanitize(value), AsciiText.MaxColumns - LabelWidth);
        for (int i = 0; i < wrapped.Count; i++)
            lines.Add(((i == 0 ? label : "").PadRight(LabelWidth) + wrapped[i]).TrimEnd());
    }
}
