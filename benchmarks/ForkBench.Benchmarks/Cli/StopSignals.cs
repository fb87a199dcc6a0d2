using System.Runtime.InteropServices;

namespace ForkBench.Benchmarks.Cli;

/// <summary>
/// Ctrl-C and SIGTERM for a command that measures: the process stays alive,
/// the message is printed once per signal, and <see cref="Token"/> is
/// cancelled so the work stops at its next safe point (the next fork, the
/// next measurement) and cleans up: children reaped, buffers released,
/// knobs restored, what was measured kept.
/// </summary>
public sealed class StopSignals : IDisposable
{
    private readonly CancellationTokenSource _cancel = new();
    private readonly PosixSignalRegistration _sigint;
    private readonly PosixSignalRegistration _sigterm;

    public StopSignals(TextWriter error, string message)
    {
        void OnSignal(PosixSignalContext context)
        {
            context.Cancel = true;
            error.WriteLine(message);
            _cancel.Cancel();
        }
        _sigint = PosixSignalRegistration.Create(PosixSignal.SIGINT, OnSignal);
        _sigterm = PosixSignalRegistration.Create(PosixSignal.SIGTERM, OnSignal);
    }

    public CancellationToken Token => _cancel.Token;

    public bool IsStopped => _cancel.IsCancellationRequested;

    public void Dispose()
    {
        _sigint.Dispose();
        _sigterm.Dispose();
        _cancel.Dispose();
    }
}
