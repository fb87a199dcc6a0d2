namespace ForkBench.Results.Hosts;

/// <summary>
/// Transparent huge page settings: the selected word of
/// /sys/kernel/mm/transparent_hugepage/{enabled,defrag}, or "unavailable".
/// They change what fork() copies (one PMD entry instead of 512 PTEs), so a
/// run records them.
/// </summary>
public sealed record ThpSettings(string Enabled, string Defrag)
{
    public const string Unavailable = "unavailable";
}
