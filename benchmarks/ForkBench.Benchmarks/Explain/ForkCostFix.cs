namespace ForkBench.Benchmarks.Explain;

/// <summary>
/// A change that would make the fork cheaper, with its predicted saving and
/// what it costs the program: every fix changes what the child sees.
/// </summary>
/// <param name="Change">What to do, e.g. "MADV_DONTFORK on 7fa44f600000-7fa453600000 (64 MiB, pinned THP)".</param>
/// <param name="Consequence">What the program gives up.</param>
/// <param name="SavingNs">The predicted saving in ns (the cost before minus the cost after).</param>
public sealed record ForkCostFix(string Change, string Consequence, double SavingNs);
