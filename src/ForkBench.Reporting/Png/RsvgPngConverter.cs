using System.ComponentModel;
using System.Diagnostics;

namespace ForkBench.Reporting.Png;

/// <summary>
/// PNG export through librsvg's rsvg-convert: the one SVG renderer that is
/// packaged everywhere ForkBench runs, where no .NET imaging library is
/// available. Without it the conversion is skipped with a hint, never failed.
/// </summary>
public sealed class RsvgPngConverter : IPngConverter
{
    public const string ToolName = "rsvg-convert";
    public const string NotFound = ToolName + " not on PATH";
    public const string InstallHint = "install librsvg2-bin (apt-get install librsvg2-bin) and run again";

    private readonly TimeSpan _timeout;

    /// <param name="executablePath">The tool; null when it is not installed.</param>
    /// <param name="timeout">How long one conversion may take (default 60 s).</param>
    public RsvgPngConverter(string? executablePath, TimeSpan? timeout = null)
    {
        ExecutablePath = executablePath;
        _timeout = timeout ?? TimeSpan.FromSeconds(60);
    }

    public string? ExecutablePath { get; }

    /// <summary>A converter using rsvg-convert from PATH, if there is one.</summary>
    public static RsvgPngConverter FromPath(TimeSpan? timeout = null) => new(ExecutableLocator.Find(ToolName), timeout);

    public PngConversionResult Convert(string svgPath, string pngPath)
    {
        if (ExecutablePath is null)
            return PngConversionResult.Skipped(NotFound, InstallHint);

        var start = new ProcessStartInfo(ExecutablePath)
        {
            RedirectStandardError = true,
            RedirectStandardOutput = true,
            UseShellExecute = false,
        };
        // ArgumentList, not a command string: paths with spaces or quotes stay one argument each.
        foreach (string arg in new[] { "--format", "png", "--background-color", "white", "--output", pngPath, svgPath })
            start.ArgumentList.Add(arg);

        using var process = new Process { StartInfo = start };
        try
        {
            process.Start();
        }
        catch (Win32Exception e)
        {
            return PngConversionResult.Failed($"{ToolName} could not be started: {e.Message}");
        }
        // Read both pipes while waiting: a full pipe would block the tool until the timeout.
        var stderr = process.StandardError.ReadToEndAsync();
        var stdout = process.StandardOutput.ReadToEndAsync();
        if (!process.WaitForExit(_timeout))
        {
            process.Kill(entireProcessTree: true);
            process.WaitForExit();
            TryDelete(pngPath);
            return PngConversionResult.Failed($"{ToolName} timed out after {_timeout.TotalSeconds:0.#} s on {Path.GetFileName(svgPath)}");
        }
        process.WaitForExit();
        string error = (stderr.Result + stdout.Result).Trim();
        if (process.ExitCode != 0)
        {
            TryDelete(pngPath);
            return PngConversionResult.Failed($"{ToolName} exited with {process.ExitCode}: {error}");
        }
        if (!File.Exists(pngPath) || !PngFile.HasSignature(File.ReadAllBytes(pngPath)))
            return PngConversionResult.Failed($"{ToolName} reported success but {Path.GetFileName(pngPath)} is not a PNG");
        return PngConversionResult.Converted(pngPath);
    }

    private static void TryDelete(string path)
    {
        try
        {
            File.Delete(path);
        }
        catch (IOException)
        {
            // Leaving a partial file is harmless: the report writer discards its whole temp folder on failure.
        }
    }
}
