using ForkBench.Results.IO;

namespace ForkBench.Results.Repository;

/// <summary>
/// Finds the commit checked out in the repository that contains a
/// directory, by reading .git files (no git executable needed): HEAD, the
/// ref it names, packed-refs, and the "gitdir:"/"commondir" indirections
/// of linked worktrees. Anything unexpected gives "unknown".
/// </summary>
public static class GitCommitReader
{
    public const string Unknown = "unknown";

    public static string Read(ITextFileSource files, string startDirectory)
    {
        for (string? directory = startDirectory; directory is not null; directory = Path.GetDirectoryName(directory))
        {
            string dotGit = Path.Combine(directory, ".git");
            string? gitDir = files.TryReadText(Path.Combine(dotGit, "HEAD")) is not null
                ? dotGit
                : GitDirFromFile(files.TryReadText(dotGit), directory);
            if (gitDir is not null)
                return ReadHead(files, gitDir) ?? Unknown;
        }
        return Unknown;
    }

    private static string? GitDirFromFile(string? content, string directory)
    {
        const string prefix = "gitdir:";
        if (content is null || !content.StartsWith(prefix, StringComparison.Ordinal))
            return null;
        string path = content[prefix.Length..].Trim();
        return Path.IsPathRooted(path) ? path : Path.GetFullPath(Path.Combine(directory, path));
    }

    private static string? ReadHead(ITextFileSource files, string gitDir)
    {
        string? head = files.TryReadText(Path.Combine(gitDir, "HEAD"))?.Trim();
        if (head is null)
            return null;
        if (!head.StartsWith("ref:", StringComparison.Ordinal))
            return IsCommitId(head) ? head : null;
        string reference = head["ref:".Length..].Trim();
        string commonDir = CommonDir(files, gitDir);
        foreach (string dir in (string[])[gitDir, commonDir])
        {
            if (files.TryReadText(Path.Combine(dir, reference))?.Trim() is { } loose && IsCommitId(loose))
                return loose;
        }
        return PackedRef(files.TryReadText(Path.Combine(commonDir, "packed-refs")), reference);
    }

    private static string CommonDir(ITextFileSource files, string gitDir)
    {
        string? common = files.TryReadText(Path.Combine(gitDir, "commondir"))?.Trim();
        if (string.IsNullOrEmpty(common))
            return gitDir;
        return Path.IsPathRooted(common) ? common : Path.GetFullPath(Path.Combine(gitDir, common));
    }

    private static string? PackedRef(string? packedRefs, string reference)
    {
        foreach (string line in (packedRefs ?? "").Split('\n'))
        {
            string[] parts = line.Trim().Split(' ');
            if (parts.Length == 2 && parts[1] == reference && IsCommitId(parts[0]))
                return parts[0];
        }
        return null;
    }

    private static bool IsCommitId(string text) =>
        text.Length is 40 or 64 && text.All(char.IsAsciiHexDigitLower);
}
