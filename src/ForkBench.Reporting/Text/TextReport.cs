using ForkBench.Reporting.Model;

namespace ForkBench.Reporting.Text;

/// <summary>
/// Joins the header and the sections of a mailing-list report. The writers
/// already keep to 80 ASCII columns; this last pass enforces it anyway
/// (sanitising and hard-wrapping) because a report that breaks a reader's
/// mail client is worse than one with a clumsy line break.
/// </summary>
public static class TextReport
{
    public static string Compose(ReportHeader header, IEnumerable<string> sections)
    {
        var parts = new List<string> { HeaderWriter.Write(header) };
        parts.AddRange(sections.Where(s => !string.IsNullOrWhiteSpace(s)));
        string joined = string.Join("\n", parts.Select(p => p.TrimEnd('\n') + "\n"));
        return Enforce(joined);
    }

    /// <summary>ASCII only, no tabs, no trailing blanks, no line over 80 columns.</summary>
    public static string Enforce(string text)
    {
        var lines = new List<string>();
        foreach (string raw in text.Replace("\r\n", "\n").Split('\n'))
        {
            string line = AsciiText.Sanitize(raw.Replace("\t", "    ")).TrimEnd();
            while (line.Length > AsciiText.MaxColumns)
            {
                lines.Add(line[..AsciiText.MaxColumns].TrimEnd());
                line = ("  " + line[AsciiText.MaxColumns..]).TrimEnd();
            }
            lines.Add(line);
        }
        return string.Join('\n', lines).TrimEnd('\n') + "\n";
    }
}
