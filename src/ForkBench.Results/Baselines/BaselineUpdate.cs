namespace ForkBench.Results.Baselines;

/// <summary>What <see cref="BaselineStore.Update"/> wrote for one suite.</summary>
/// <param name="PreviousRunId">The run the replaced baseline came from; null if there was none.</param>
public sealed record BaselineUpdate(BaselineFile File, int MeasurementCount, string? PreviousRunId);
