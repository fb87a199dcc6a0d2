using ForkBench.Results.Documents;
using ForkBench.Results.Hosts;
using ForkBench.Results.IO;
using ForkBench.Results.Serialization;

namespace ForkBench.Results.Baselines;

/// <summary>
/// The committed baselines under results/baselines/&lt;host-id&gt;/. A run
/// is split by suite (the first id segment: "model", "native"), one file
/// per suite, so that recording a new model baseline leaves the native one
/// alone. <see cref="Update"/> is the only method that writes, and only the
/// explicit "baseline update" command calls it.
/// </summary>
public sealed class BaselineStore(string baselinesDirectory)
{
    public string Directory { get; } = baselinesDirectory;

    public string HostDirectory(string hostId) =>
        HostIdDeriver.IsValid(hostId)
            ? Path.Combine(Directory, hostId)
            : throw new ResultsDataException($"'{hostId}' is not a valid host id (lowercase letters, digits, '.' and '-')");

    /// <summary>The suite of a measurement id: its first segment.</summary>
    public static string SuiteOf(string measurementId) => measurementId.Split('/')[0];

    public IReadOnlyList<BaselineFile> Find(string hostId)
    {
        string directory = HostDirectory(hostId);
        if (!System.IO.Directory.Exists(directory))
            return [];
        return [.. System.IO.Directory.GetFiles(directory, "*.json")
            .Order(StringComparer.Ordinal)
            .Select(path => new BaselineFile(hostId, Path.GetFileNameWithoutExtension(path), path))];
    }

    /// <summary>Host ids that have at least one baseline.</summary>
    public IReadOnlyList<string> Hosts() =>
        System.IO.Directory.Exists(Directory)
            ? [.. System.IO.Directory.GetDirectories(Directory).Select(Path.GetFileName).OfType<string>().Where(HostIdDeriver.IsValid)
                .Where(host => Find(host).Count > 0).Order(StringComparer.Ordinal)]
            : [];

    /// <summary>
    /// The baseline for the suites of <paramref name="current"/> on its host,
    /// as one document, or null when no suite has one.
    /// </summary>
    public RunDocument? LoadFor(RunDocument current)
    {
        var suites = current.Measurements.Select(m => SuiteOf(m.Id)).ToHashSet(StringComparer.Ordinal);
        RunDocument[] documents = [.. Find(current.Host.Id).Where(f => suites.Contains(f.Suite)).Select(f => RunDocumentFile.Read(f.Path))];
        return documents.Length switch
        {
            0 => null,
            1 => documents[0],
            _ => Merge(documents),
        };
    }

    /// <summary>Writes (or replaces) the baseline of every suite in <paramref name="run"/>.</summary>
    public IReadOnlyList<BaselineUpdate> Update(RunDocument run)
    {
        // Validate the whole run before writing anything.
        RunDocumentSerializer.Serialize(run);
        var updates = new List<BaselineUpdate>();
        foreach (var suite in run.Measurements.GroupBy(m => SuiteOf(m.Id), StringComparer.Ordinal).OrderBy(g => g.Key, StringComparer.Ordinal))
        {
            string name = PathSegment.Require(suite.Key, "suite");
            var file = new BaselineFile(run.Host.Id, name, Path.Combine(HostDirectory(run.Host.Id), name + ".json"));
            string? previous = File.Exists(file.Path) ? RunDocumentFile.Read(file.Path).Run.Id : null;
            RunDocumentFile.Replace(file.Path, run with { Measurements = [.. suite] });
            updates.Add(new BaselineUpdate(file, suite.Count(), previous));
        }
        return updates;
    }

    private static RunDocument Merge(RunDocument[] documents)
    {
        // Suites recorded from different runs: name them all in the run info.
        RunInfo first = documents[0].Run;
        string[] runIds = [.. documents.Select(d => d.Run.Id).Distinct()];
        string[] commits = [.. documents.Select(d => d.Run.GitCommit).Distinct()];
        var run = first with { Id = string.Join(" + ", runIds), GitCommit = string.Join(" + ", commits) };
        return documents[0] with { Run = run, Measurements = [.. documents.SelectMany(d => d.Measurements)] };
    }
}
