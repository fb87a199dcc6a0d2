namespace ForkBench.Results.Importing;

/// <summary>
/// Parses BenchmarkDotNet's "Parameters" field ("Pages=64&amp;Kind=anon-4k"):
/// '&amp;'-separated "name=value" pairs, split at the first '='. Values are
/// BenchmarkDotNet's text for the parameter, kept as they are.
/// </summary>
public static class BenchmarkDotNetParameters
{
    public static IReadOnlyList<KeyValuePair<string, string>> Parse(string? text)
    {
        if (string.IsNullOrEmpty(text))
            return [];
        var result = new List<KeyValuePair<string, string>>();
        foreach (string pair in text.Split('&', StringSplitOptions.RemoveEmptyEntries))
        {
            int eq = pair.IndexOf('=');
            result.Add(eq < 0 ? KeyValuePair.Create(pair, "") : KeyValuePair.Create(pair[..eq], pair[(eq + 1)..]));
        }
        return result;
    }
}
