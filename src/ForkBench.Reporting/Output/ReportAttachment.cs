using System.Text.RegularExpressions;

namespace ForkBench.Reporting.Output;

/// <summary>
/// A file that travels inside a report folder beside report.txt (a study's
/// run document, which calibrate can read back), written with the report
/// so the folder stays all-or-nothing.
/// </summary>
public sealed partial record ReportAttachment
{
    public ReportAttachment(string name, byte[] bytes)
    {
        // A plain file name: it is placed beside report.txt, never elsewhere.
        if (!SafeName().IsMatch(name) || name == ReportWriter.TextFileName)
            throw new ArgumentException($"Attachment name '{name}' must be a plain lower-case file name other than {ReportWriter.TextFileName}.", nameof(name));
        Name = name;
        Bytes = bytes ?? throw new ArgumentNullException(nameof(bytes));
    }

    public string Name { get; }

    public byte[] Bytes { get; }

    [GeneratedRegex(@"^[a-z0-9][a-z0-9_-]{0,63}\.[a-z0-9]{1,8}$")]
    private static partial Regex SafeName();
}
