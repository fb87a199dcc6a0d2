namespace ForkBench.Reporting.Study;

/// <summary>
/// A copy variant a study prices: the one that models the running kernel
/// ("today") or a proposal. Every figure made from it is a prediction.
/// </summary>
/// <param name="Id">The variant id, e.g. <c>pte-batch-6.15</c> or <c>proposal-batch-no-retry</c>.</param>
/// <param name="Short">A column label of at most 9 characters, e.g. "today" or "no-retry".</param>
/// <param name="IsToday">Whether it stands for the running kernel (its error against the measurement is shown).</param>
public sealed record StudyVariant(string Id, string Short, bool IsToday);
