namespace ForkBench.Results;

/// <summary>
/// A result file that cannot be used: missing, not JSON, an unknown schema
/// version, a measurement without samples. The message is one line that
/// names the file and what is wrong; commands print it and exit with 2.
/// </summary>
public sealed class ResultsDataException : Exception
{
    public ResultsDataException(string message) : base(message) { }

    public ResultsDataException(string message, Exception inner) : base(message, inner) { }
}
