namespace ForkBench.Results.Importing;

/// <summary>One benchmark case as BenchmarkDotNet names it: type, method and its parameters as text.</summary>
public sealed record ImportedCase(string TypeFullName, string Method, IReadOnlyList<KeyValuePair<string, string>> Parameters);
