using ForkBench.Results.Serialization;

namespace ForkBench.Results.Documents;

/// <summary>Loads a series of runs (files or directories of *.json) in time order.</summary>
public static class RunSeries
{
    /// <exception cref="ResultsDataException">A path is missing, a file is unreadable, or no run is found.</exception>
    public static IReadOnlyList<RunDocument> Load(IReadOnlyList<string> paths)
    {
        var files = new List<string>();
        foreach (string path in paths)
        {
            if (Directory.Exists(path))
                files.AddRange(Directory.GetFiles(path, "*.json").Order(StringComparer.Ordinal));
            else if (File.Exists(path))
                files.Add(path);
            else
                throw new ResultsDataException($"{path}: no such file or directory");
        }
        if (files.Count == 0)
            throw new ResultsDataException($"{string.Join(", ", paths)}: no run files (*.json)");
        var runs = files.Select(RunDocumentFile.Read).ToList();
        var duplicate = runs.GroupBy(r => r.Run.Id, StringComparer.Ordinal).FirstOrDefault(g => g.Count() > 1);
        if (duplicate is not null)
            throw new ResultsDataException($"run {duplicate.Key} is given twice");
        return [.. runs.OrderBy(r => r.Run.TimeUtc).ThenBy(r => r.Run.Id, StringComparer.Ordinal)];
    }
}
