using ForkBench.Native.Host;

namespace ForkBench.Native.Memory;

/// <summary>
/// Knob values written to sysfs, with the values they replaced. Disposing
/// writes the old values back; changes still pending at process exit are
/// restored by a ProcessExit hook, so an exception or Ctrl-C never leaves
/// the machine with a changed THP policy.
/// </summary>
public sealed class ThpPolicyChange : IDisposable
{
    private static readonly object Gate = new();
    private static readonly HashSet<ThpPolicyChange> Pending = [];
    private static bool _hooked;

    private readonly Dictionary<string, string> _original;

    private ThpPolicyChange(Dictionary<string, string> original) => _original = original;

    /// <summary>The knobs changed and the values they had, for reports.</summary>
    public IReadOnlyDictionary<string, string> Original => _original;

    internal static ThpPolicyChange Apply(IReadOnlyDictionary<string, string> wanted)
    {
        var original = new Dictionary<string, string>(StringComparer.Ordinal);
        var change = new ThpPolicyChange(original);
        Register(change);
        try
        {
            foreach ((string path, string value) in wanted)
            {
                string before = ThpSettingParser.Selected(File.ReadAllText(path));
                if (before == value)
                    continue;
                original[path] = before;
                Write(path, value);
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
            throw new IOException("could not restore THP settings: " + string.Join("; ", failures));
    }

    private static void Write(string path, string value)
    {
        try
        {
            File.WriteAllText(path, value);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new InvalidOperationException($"cannot write '{value}' to {path} ({e.Message}); changing THP policy needs root", e);
        }
    }

    private static void Register(ThpPolicyChange change)
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
        ThpPolicyChange[] pending;
        lock (Gate)
            pending = [.. Pending];
        foreach (ThpPolicyChange change in pending)
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
