using ForkBench.Native.Host;

namespace ForkBench.Native.Memory;

/// <summary>
/// Knob values written to sysfs (THP policy, free page reporting), with the
/// values they replaced. Disposing writes the old values back; changes still
/// pending at process exit are restored by a ProcessExit hook, so an
/// exception or Ctrl-C never leaves the machine with a changed setting.
/// </summary>
public sealed class SysfsSettingChange : IDisposable
{
    private static readonly object Gate = new();
    private static readonly HashSet<SysfsSettingChange> Pending = [];
    private static bool _hooked;

    private readonly Dictionary<string, string> _original;
    private readonly string _what;

    private SysfsSettingChange(Dictionary<string, string> original, string what)
    {
        _original = original;
        _what = what;
    }

    /// <summary>The knobs changed and the values they had, for reports.</summary>
    public IReadOnlyDictionary<string, string> Original => _original;

    /// <param name="wanted">Knob path to the value to write; a knob already at its value is left alone.</param>
    /// <param name="what">What the knobs set, for messages ("THP policy").</param>
    /// <exception cref="InvalidOperationException">A knob cannot be written (not root); what was written is restored.</exception>
    internal static SysfsSettingChange Apply(IReadOnlyDictionary<string, string> wanted, string what)
    {
        var original = new Dictionary<string, string>(StringComparer.Ordinal);
        var change = new SysfsSettingChange(original, what);
        Register(change);
        try
        {
            foreach ((string path, string value) in wanted)
            {
                string before = ThpSettingParser.Selected(File.ReadAllText(path));
                if (before == value)
                    continue;
                original[path] = before;
                Write(path, value, what);
            }
        }
        catch
        {
            change.Dispose();
            throw;
        }
        return change;
    }

    /// <summary>Writes every original value back (idempotent).</summary>
    public void Dispose()
    {
        lock (Gate)
        {
            if (!Pending.Remove(this))
                return;
        }
        List<string> failures = [];
        foreach ((string path, string value) in _original)
        {
            try
            {
                File.WriteAllText(path, value);
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                failures.Add($"{path} (wanted '{value}'): {e.Message}");
            }
        }
        if (failures.Count > 0)
            throw new IOException($"could not restore the {_what}: " + string.Join("; ", failures));
    }

    private static void Write(string path, string value, string what)
    {
        try
        {
            File.WriteAllText(path, value);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            string needs = Environment.IsPrivilegedProcess ? "" : $"; changing the {what} needs root";
            throw new InvalidOperationException($"cannot write '{value}' to {path} ({e.Message}){needs}", e);
        }
    }

    private static void Register(SysfsSettingChange change)
    {
        lock (Gate)
        {
            Pending.Add(change);
            if (_hooked)
                return;
            _hooked = true;
        }
        AppDomain.CurrentDomain.ProcessExit += (_, _) => RestoreAll();
    }

    private static void RestoreAll()
    {
        SysfsSettingChange[] pending;
        lock (Gate)
            pending = [.. Pending];
        foreach (SysfsSettingChange change in pending)
        {
            try
            {
                change.Dispose();
            }
            catch (IOException e)
            {
                Console.Error.WriteLine($"forkbench: {e.Message}");
            }
        }
    }
}
