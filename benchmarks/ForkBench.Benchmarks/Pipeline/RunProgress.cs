using System.Diagnostics;
using System.Globalization;
using ForkBench.Benchmarks.Cli;

namespace ForkBench.Benchmarks.Pipeline;

/// <summary>
/// The default run's progress on stderr. On a terminal it is one live line,
/// redrawn in place: elapsed time, phase, done/total, the current case and
/// the time left counting down; notes (warnings) print above it. Anywhere
/// else (a log file, CI) it is a few plain lines: one when a phase starts,
/// one each time a phase passes another tenth, and the notes.
/// </summary>
public sealed class RunProgress(TextWriter error, bool live)
{
    private readonly Stopwatch _clock = Stopwatch.StartNew();
    private readonly ProgressLine _line = new(error, live);
    private string _phase = "";
    private int _total;
    private int _done;
    private int _lastTenth;
    private long _phaseStartTicks;

    /// <summary>Live when <paramref name="error"/> is the console's stderr and that is a terminal.</summary>
    public static RunProgress For(TextWriter error) =>
        new(error, ReferenceEquals(error, Console.Error) && !Console.IsErrorRedirected);

    public TimeSpan Elapsed => _clock.Elapsed;

    /// <summary>A phase of <paramref name="total"/> steps starts (0 when unknown).</summary>
    public void Phase(string name, int total)
    {
        _line.Clear();
        (_phase, _total, _done, _lastTenth, _phaseStartTicks) = (name, total, 0, 0, Stopwatch.GetTimestamp());
        error.WriteLine(Stamp($"{name}{(total > 0 ? $" ({total} steps)" : "")}"));
    }

    /// <summary>
    /// Step <paramref name="done"/> of the phase finished; <paramref name="current"/>
    /// names what runs now; <paramref name="left"/> is the phase's own estimate,
    /// else one is made from the pace so far.
    /// </summary>
    public void Step(int done, string current, TimeSpan? left = null)
    {
        _done = Math.Max(_done, done);
        TimeSpan? remaining = left ?? Remaining();
        string status = $"{_phase} {Percent()} {_done}/{_total}{(remaining is { } r ? $", about {Clock(r)} left" : "")}";
        if (live)
        {
            _line.Show(Stamp($"{status}: {current}"));
            return;
        }
        int tenth = _total > 0 ? 10 * _done / _total : 0;
        if (tenth > _lastTenth && _done < _total)
        {
            _lastTenth = tenth;
            error.WriteLine(Stamp(status));
        }
    }

    /// <summary>A line that must be read (a warning, a skipped part): printed whole, never overdrawn.</summary>
    public void Note(string text)
    {
        _line.Clear();
        error.WriteLine(text);
    }

    /// <summary>Clears the live line before the command writes its summary.</summary>
    public void Done() => _line.Clear();

    private string Percent() => _total > 0 ? string.Create(CultureInfo.InvariantCulture, $"{100 * _done / _total}%") : "";

    private TimeSpan? Remaining()
    {
        if (_done == 0 || _total == 0)
            return null;
        TimeSpan spent = Stopwatch.GetElapsedTime(_phaseStartTicks);
        return TimeSpan.FromTicks(spent.Ticks / _done * (_total - _done));
    }

    private string Stamp(string text) =>
        string.Create(CultureInfo.InvariantCulture, $"[{_clock.Elapsed.TotalSeconds,4:0} s] {text}");

    private static string Clock(TimeSpan t) => t.ToString(t.TotalHours >= 1 ? @"h\:mm\:ss" : @"m\:ss", CultureInfo.InvariantCulture);
}
