namespace ForkBench.Results.IO;

/// <summary>
/// The one rule for text that becomes a file or folder name (run ids, host
/// ids, suites, report folders): ASCII letters, digits, '.', '_' and '-',
/// starting with a letter or digit, never "..", at most 128 characters. Text
/// from a document is data, and a document can be crafted: anything else
/// could name a path outside results/ ("../../x") or a hidden file.
/// </summary>
public static class PathSegment
{
    public const int MaxLength = 128;

    public const string RuleText = "letters, digits, '.', '_' and '-', starting with a letter or digit";

    public static bool IsValid(string? text) =>
        !string.IsNullOrEmpty(text)
        && text.Length <= MaxLength
        && char.IsAsciiLetterOrDigit(text[0])
        && !text.Contains("..", StringComparison.Ordinal)
        && text.All(c => char.IsAsciiLetterOrDigit(c) || c is '.' or '_' or '-');

    /// <summary>Returns <paramref name="text"/>, or throws naming what it is (e.g. "run id").</summary>
    /// <exception cref="ResultsDataException">The text is not a valid path segment.</exception>
    public static string Require(string? text, string what) =>
        IsValid(text) ? text! : throw new ResultsDataException($"{what} '{text}' cannot name a file ({RuleText})");
}
