using System.Text;
using ForkBench.Results.Documents;

namespace ForkBench.Results.Importing;

/// <summary>
/// The documented, pure mapping from a BenchmarkDotNet benchmark to a
/// measurement id:
/// <c>model/&lt;category&gt;/&lt;method&gt;/&lt;param&gt;=&lt;value&gt;/...</c>
/// where category, method and parameter names are kebab-cased
/// ("CopyPteRange" gives "copy-pte-range", "RssBytes" gives "rss-bytes"),
/// parameters are sorted by name (ordinal) so that reordering [Params]
/// members never changes an id, and every segment is made id-safe by
/// <see cref="MeasurementId.Segment"/>. Ids are lower case throughout
/// (BenchmarkDotNet prints a bool as "False"; the id says "false"), so an id
/// copied from a benchmark table finds the same measurement in a document.
/// </summary>
public static class BenchmarkIdMapper
{
    public const string Prefix = "model";

    public static string ToId(string category, string method, IEnumerable<KeyValuePair<string, string>> parameters)
    {
        var segments = new List<string> { Prefix, MeasurementId.Segment(Kebab(category)), MeasurementId.Segment(Kebab(method)) };
        foreach (var (name, value) in NormalizeParameters(parameters))
            segments.Add(MeasurementId.Segment($"{name}={value.ToLowerInvariant()}"));
        return string.Join('/', segments);
    }

    /// <summary>Parameter names kebab-cased, sorted by name; values unchanged.</summary>
    public static IReadOnlyList<KeyValuePair<string, string>> NormalizeParameters(IEnumerable<KeyValuePair<string, string>> parameters) =>
        [.. parameters.Select(p => KeyValuePair.Create(Kebab(p.Key), p.Value)).OrderBy(p => p.Key, StringComparer.Ordinal)];

    /// <summary>
    /// "CopyPteRange" gives "copy-pte-range", "THPEnabled" gives "thp-enabled",
    /// "Rss_Bytes" gives "rss-bytes", "Fork1GiB" gives "fork-1gib" (a number
    /// starts a word and keeps its size unit); kebab-cased text is unchanged.
    /// </summary>
    public static string Kebab(string name)
    {
        var builder = new StringBuilder(name.Length + 8);
        for (int i = 0; i < name.Length; i++)
        {
            char c = name[i];
            if (c is '_' or ' ' or '-')
            {
                AppendDash(builder);
                continue;
            }
            if (char.IsDigit(c) && i > 0 && char.IsLetter(name[i - 1]))
                AppendDash(builder);
            if (char.IsDigit(c) && SizeUnitAfterDigits(name, i) is { } unit)
            {
                int digitsEnd = i;
                while (digitsEnd < name.Length && char.IsDigit(name[digitsEnd]))
                    digitsEnd++;
                builder.Append(name, i, digitsEnd - i).Append(unit.ToLowerInvariant());
                i = digitsEnd + unit.Length - 1;
                continue;
            }
            if (char.IsUpper(c) && i > 0)
            {
                char previous = name[i - 1];
                bool nextIsLower = i + 1 < name.Length && char.IsLower(name[i + 1]);
                if (char.IsLower(previous) || char.IsDigit(previous) || (char.IsUpper(previous) && nextIsLower))
                    AppendDash(builder);
            }
            builder.Append(char.ToLowerInvariant(c));
        }
        return builder.ToString().Trim('-');
    }

    /// <summary>
    /// The category used when the caller knows none for a benchmark type:
    /// the kebab-cased type name without a trailing "Benchmarks"/"Benchmark".
    /// </summary>
    public static string FallbackCategory(string typeName)
    {
        string name = typeName[(typeName.LastIndexOfAny(['.', '+']) + 1)..];
        int generic = name.IndexOf('<');
        if (generic > 0)
            name = name[..generic];
        foreach (string suffix in (string[])["Benchmarks", "Benchmark"])
        {
            if (name.Length > suffix.Length && name.EndsWith(suffix, StringComparison.Ordinal))
                return Kebab(name[..^suffix.Length]);
        }
        return Kebab(name);
    }

    private static void AppendDash(StringBuilder builder)
    {
        if (builder.Length > 0 && builder[^1] != '-')
            builder.Append('-');
    }

    private static readonly string[] SizeUnits = ["KiB", "MiB", "GiB", "TiB"];

    /// <summary>The size unit right after the digits starting at <paramref name="start"/>, if any.</summary>
    private static string? SizeUnitAfterDigits(string name, int start)
    {
        int end = start;
        while (end < name.Length && char.IsDigit(name[end]))
            end++;
        return SizeUnits.FirstOrDefault(u => string.CompareOrdinal(name, end, u, 0, u.Length) == 0);
    }
}
