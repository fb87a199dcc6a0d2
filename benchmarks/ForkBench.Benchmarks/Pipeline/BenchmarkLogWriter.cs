using System.Text;

namespace ForkBench.Benchmarks.Pipeline;

/// <summary>
/// Takes BenchmarkDotNet's console output during the default run: every line
/// goes to a log file, and BenchmarkDotNet's own progress lines ("Remained N
/// benchmark(s) ... Estimated finish ...") go on to stderr, so the user sees
/// progress with an ETA without pages of tables.
/// </summary>
public sealed class BenchmarkLogWriter(TextWriter log, TextWriter progress) : TextWriter
{
    private readonly StringBuilder _line = new();

    public override Encoding Encoding => Encoding.UTF8;

    public override void Write(char value)
    {
        log.Write(value);
        if (value == '\n')
        {
            string line = _line.ToString().TrimEnd('\r');
            _line.Clear();
            if (line.StartsWith("// ** Remained", StringComparison.Ordinal))
                progress.WriteLine("model: " + line.Trim('/', '*', ' '));
        }
        else
        {
            _line.Append(value);
        }
    }

    public override void Write(string? value)
    {
        foreach (char c in value ?? "")
            Write(c);
    }

    public override void Flush() => log.Flush();
}
