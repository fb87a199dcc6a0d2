namespace ForkBench.Benchmarks.Cli;

/// <summary>Bad command-line input; the dispatcher prints the message and exits with 2.</summary>
public sealed class UsageException(string message) : Exception(message);
