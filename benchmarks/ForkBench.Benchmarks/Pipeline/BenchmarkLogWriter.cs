using System.Text;

namespace ForkBench.Benchmarks.Pipeline;

/// <summary>
/// Takes BenchmarkDotNet's console output during the default run: every line
/// goes to model.log, and the two lines that mark progress become calls:
/// "// Benchmark: Type.Method: job [params]" (a case starts) and
/// "// ** Remained N benchmark(s) ..." (a case finished). The user sees the
/// progress display, not pages of tables.
/// </summary>
public sealed class BenchmarkLogWriter(TextWriter log, Action<string> started, Action finished) : TextWriter
{
    private const string BenchmarkPrefix = "// Benchmark: ";

    private readonly StringBuilder _line = new();

    public override Encoding Encoding => Encoding.UTF8;

    public override void Write(char value)
    {
        log.Write(value);
        if (value != '\n')
        {
            _line.Append(value);
            return;
        }
        string line = _line.ToString().TrimEnd('\r');
        _line.Clear();
        if (line.StartsWith(BenchmarkPrefix, StringComparison.Ordinal))
            started(CaseName(line[BenchmarkPrefix.Length..]));
        else if (line.StartsWith("// ** Remained", StringComparison.Ordinal))
            finished();
    }

    public override void Write(string? value)
    {
        foreach (char c in value ?? "")
            Write(c);
    }

    public override void Flush() => log.Flush();

    /// <summary>"ForkLayoutBenchmarks.Fork1GiB: quick(...) [Variant=v5.8, ...]" as "ForkLayoutBenchmarks.Fork1GiB [Variant=v5.8, ...]".</summary>
    internal static string CaseName(string text)
    {
        int job = text.IndexOf(": ", StringComparison.Ordinal);
        int parameters = text.LastIndexOf(" [", StringComparison.Ordinal);
        return job < 0 ? text : text[..job] + (parameters > job ? text[parameters..] : "");
    }
}
