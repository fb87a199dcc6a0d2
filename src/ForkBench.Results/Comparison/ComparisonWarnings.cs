using ForkBench.Results.Documents;

namespace ForkBench.Results.Comparison;

/// <summary>The warnings a comparison carries, each with a hint.</summary>
public static class ComparisonWarnings
{
    public static IReadOnlyList<ComparisonWarning> For(RunDocument baseline, RunDocument current, IReadOnlyList<MeasurementComparison> measurements)
    {
        var warnings = new List<ComparisonWarning>();
        if (baseline.Host.Id != current.Host.Id)
        {
            warnings.Add(new ComparisonWarning("host-mismatch",
                $"the baseline was taken on host '{baseline.Host.Id}' but the current run on '{current.Host.Id}'; differences may come from the machine, not the code",
                $"compare runs from one host, or record a run of this host as its baseline ('baseline update --from' that run)"));
        }
        else
        {
            var differences = new List<string>();
            Note(differences, "kernel", baseline.Host.KernelRelease, current.Host.KernelRelease);
            Note(differences, "THP enabled", baseline.Host.TransparentHugePages.Enabled, current.Host.TransparentHugePages.Enabled);
            Note(differences, "THP defrag", baseline.Host.TransparentHugePages.Defrag, current.Host.TransparentHugePages.Defrag);
            Note(differences, ".NET", baseline.Host.DotnetVersion, current.Host.DotnetVersion);
            if (differences.Count > 0)
            {
                warnings.Add(new ComparisonWarning("environment-differs",
                    $"same host, different environment: {string.Join("; ", differences)}",
                    "a change may come from this difference; re-run under the baseline's settings to separate it from a code change"));
            }
        }
        int incomplete = measurements.Count(m => m.Incomplete);
        if (incomplete > 0)
        {
            warnings.Add(new ComparisonWarning("incomplete",
                $"{incomplete} measurement(s) have fewer samples than asked for",
                "re-run them; a verdict from a short sample is weaker"));
        }
        if (measurements.Count > 0 && !measurements.Any(m => m.RunNoise is not null))
        {
            warnings.Add(new ComparisonWarning("single-run-baseline",
                "the baseline is one run, so how far unchanged runs move is unknown: a Slower or Faster may be run-to-run noise (the samples of one run cannot show it)",
                "record the baseline from three or more runs ('baseline update --from' with several run files)"));
        }
        return warnings;
    }

    private static void Note(List<string> differences, string name, string before, string now)
    {
        if (!string.Equals(before, now, StringComparison.Ordinal))
            differences.Add($"{name} {before} -> {now}");
    }
}
