namespace ForkBench.Benchmarks.Model;

/// <summary>
/// Ctrl-C inside the in-process model suite. BenchmarkDotNet cannot be
/// stopped mid-run, and one class (the 44 fork-layout cases) runs for a
/// minute or more, so each case's global setup asks here first: once a stop
/// is requested it throws, BenchmarkDotNet records that case as failed
/// without measuring it and goes on to the next, which fails as fast. The
/// suite then ends within the case that was running when Ctrl-C came. The
/// default run's model suite sets the token for the code it calls (an
/// async-local value, so that it reaches BenchmarkDotNet's run and nothing
/// else running beside it); everywhere else there is none.
/// </summary>
public static class ModelCancellation
{
    private static readonly AsyncLocal<CancellationToken> Current = new();

    /// <summary>Sets the stop request the model code called from here answers to, until disposed.</summary>
    public static IDisposable Use(CancellationToken token)
    {
        CancellationToken before = Current.Value;
        Current.Value = token;
        return new Restore(before);
    }

    /// <exception cref="OperationCanceledException">A stop was requested.</exception>
    public static void ThrowIfRequested() => Current.Value.ThrowIfCancellationRequested();

    private sealed class Restore(CancellationToken before) : IDisposable
    {
        public void Dispose() => Current.Value = before;
    }
}
