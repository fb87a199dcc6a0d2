using ForkBench.Results;
using ForkBench.Reporting.Text;

namespace ForkBench.Reporting.Output;

/// <summary>
/// Writes a report folder: report.txt and, per plot, an SVG and a PNG
/// (both rendered by ScottPlot, no external converter), and any attached
/// files (<see cref="ReportAttachment"/>). Everything is
/// written into a hidden temporary folder beside the target and renamed
/// into place at the end, so a failure (a crash, a full disk, a rendering
/// error) leaves either the previous report or none, never half of one.
/// An existing folder is replaced only when it is a ForkBench report (it
/// holds <see cref="MarkerFileName"/>) or is empty: a report path that names
/// any other folder is refused, never deleted.
/// </summary>
public sealed class ReportWriter
{
    public const string TextFileName = "report.txt";

    /// <summary>The file that marks a folder as a ForkBench report, which a new report may replace.</summary>
    public const string MarkerFileName = ".forkbench-report";

    public ReportWriteResult Write(ReportContent content, string directory)
    {
        string target = Path.GetFullPath(directory).TrimEnd(Path.DirectorySeparatorChar);
        string parent = Path.GetDirectoryName(target) ?? throw new ArgumentException("A report needs a parent folder.", nameof(directory));
        string name = Path.GetFileName(target);
        if (File.Exists(target))
            throw new ResultsDataException($"{target}: is a file, not a report folder");
        if (Directory.Exists(target) && !IsReplaceable(target))
            throw NotAReport(target);
        Directory.CreateDirectory(parent);
        // Same parent, so the final rename stays on one file system and is a single rename(2).
        string temp = Path.Combine(parent, $".{name}.tmp-{Guid.NewGuid():N}");
        Directory.CreateDirectory(temp);
        try
        {
            File.WriteAllText(Path.Combine(temp, MarkerFileName), "A ForkBench report folder: a new report of the same run may replace it whole.\n");
            var files = new List<string>();
            foreach (var plot in content.Plots)
            {
                string svg = plot.Name + ".svg", png = plot.Name + ".png";
                File.WriteAllText(Path.Combine(temp, svg), plot.RenderSvg());
                File.WriteAllBytes(Path.Combine(temp, png), plot.RenderPng());
                files.Add(svg);
                files.Add(png);
            }
            foreach (ReportAttachment attachment in content.Attachments)
            {
                File.WriteAllBytes(Path.Combine(temp, attachment.Name), attachment.Bytes);
                files.Add(attachment.Name);
            }
            string text = TextReport.Enforce(content.Text.TrimEnd('\n') + "\n\n" + FilesSection(files));
            File.WriteAllText(Path.Combine(temp, TextFileName), text);
            files.Insert(0, TextFileName);
            Publish(temp, target, parent, name);
            return new ReportWriteResult(target, files);
        }
        catch
        {
            TryDeleteDirectory(temp);
            throw;
        }
    }

    /// <summary>The closing section of report.txt: which files sit beside it.</summary>
    internal static string FilesSection(IReadOnlyList<string> files)
    {
        var lines = new List<string> { "Files", "-----", TextFileName };
        lines.AddRange(files);
        return string.Join('\n', lines) + "\n";
    }

    /// <summary>A ForkBench report (it has the marker) or an empty folder; nothing else is ever replaced.</summary>
    internal static bool IsReplaceable(string directory) =>
        File.Exists(Path.Combine(directory, MarkerFileName)) || !Directory.EnumerateFileSystemEntries(directory).Any();

    private static ResultsDataException NotAReport(string target) =>
        new($"{target}: exists and is not a ForkBench report (no {MarkerFileName} in it); it is left alone: choose another folder");

    private static void Publish(string temp, string target, string parent, string name)
    {
        if (!Directory.Exists(target))
        {
            Directory.Move(temp, target);
            return;
        }
        // Checked again here: the folder may have changed while the report was drawn.
        if (!IsReplaceable(target))
            throw NotAReport(target);
        // Replace an existing report: move it aside, move the new one in, then drop the old one.
        // If the second move fails the old report is put back.
        string old = Path.Combine(parent, $".{name}.old-{Guid.NewGuid():N}");
        Directory.Move(target, old);
        try
        {
            Directory.Move(temp, target);
        }
        catch
        {
            Directory.Move(old, target);
            throw;
        }
        TryDeleteDirectory(old);
    }

    private static void TryDeleteDirectory(string path)
    {
        try
        {
            if (Directory.Exists(path))
                Directory.Delete(path, recursive: true);
        }
        catch (IOException)
        {
            // A leftover hidden temp folder is untidy but harmless; the original error matters more.
        }
        catch (UnauthorizedAccessException)
        {
        }
    }
}
