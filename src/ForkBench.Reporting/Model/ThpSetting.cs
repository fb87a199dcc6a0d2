namespace ForkBench.Reporting.Model;

/// <summary>
/// One transparent-huge-page knob as read from sysfs, e.g.
/// ("enabled", "[always] madvise never") or
/// ("hugepages-64kB/enabled", "always inherit [madvise] never").
/// Kept as the raw sysfs text because readers recognise the bracket notation.
/// </summary>
public sealed record ThpSetting(string Name, string Value);
