namespace ForkBench.Reporting.Model;

/// <summary>
/// A lower bound no variant can beat (e.g. writing 8 bytes of PTE plus one
/// struct page cache line at the machine's memory bandwidth), drawn as a
/// horizontal line so a reader sees how much is left to gain.
/// </summary>
public sealed record PhysicalFloor(double NsPerPte, string Label);
