using System.Diagnostics;
using System.Globalization;

namespace ForkBench.LayoutHelper;

/// <summary>
/// The layout helper as the tests run it: a child process started with its
/// region options, waited for until it prints "ready", and on dispose
/// released (stdin closed) and reaped, killed if it does not exit.
/// </summary>
public sealed class LayoutHelperProcess : IDisposable
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(60);

    private readonly Process _process;

    private LayoutHelperProcess(Process process, IReadOnlyDictionary<HelperRegionKind, (ulong Start, ulong End)> regions)
    {
        _process = process;
        Regions = regions;
    }

    public int Pid => _process.Id;

    /// <summary>Each region's buffer as the helper printed it.</summary>
    public IReadOnlyDictionary<HelperRegionKind, (ulong Start, ulong End)> Regions { get; }

    public static LayoutHelperProcess Start(params string[] args)
    {
        var start = new ProcessStartInfo(HostPath())
        {
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        if (start.FileName != AppHost)
            start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "ForkBench.LayoutHelper.dll"));
        foreach (string arg in args)
            start.ArgumentList.Add(arg);
        var process = Process.Start(start) ?? throw new InvalidOperationException("the layout helper did not start");
        try
        {
            return new LayoutHelperProcess(process, WaitUntilReady(process));
        }
        catch
        {
            Stop(process);
            throw;
        }
    }

    /// <summary>Closes stdin (the helper then unpins and exits) and reaps it.</summary>
    public void Dispose() => Stop(_process);

    private static string AppHost => Path.Combine(AppContext.BaseDirectory, "ForkBench.LayoutHelper");

    /// <summary>The helper's own launcher when the build made one, else the dotnet host running this test.</summary>
    private static string HostPath() =>
        File.Exists(AppHost) ? AppHost
        : Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") is { Length: > 0 } host ? host
        : "dotnet";

    private static Dictionary<HelperRegionKind, (ulong, ulong)> WaitUntilReady(Process process)
    {
        var regions = new Dictionary<HelperRegionKind, (ulong, ulong)>();
        using var timeout = new CancellationTokenSource(Patience);
        while (true)
        {
            string? line = process.StandardOutput.ReadLineAsync(timeout.Token).AsTask().GetAwaiter().GetResult();
            if (line is null)
                throw new InvalidOperationException($"the layout helper exited before it was ready: {process.StandardError.ReadToEnd().Trim()}");
            if (line == "ready")
                return regions;
            // "region Pinned4K 0x7f3603c00000-0x7f3607c00000"
            string[] parts = line.Split(' ');
            if (parts is ["region", var kind, var range] && range.Split('-') is [var from, var to])
                regions[Enum.Parse<HelperRegionKind>(kind)] = (Hex(from), Hex(to));
        }
    }

    private static ulong Hex(string text) => ulong.Parse(text.AsSpan(2), NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture);

    private static void Stop(Process process)
    {
        try
        {
            process.StandardInput.Close();
            if (!process.WaitForExit(Patience))
                process.Kill();
            process.WaitForExit();
        }
        finally
        {
            process.Dispose();
        }
    }
}
