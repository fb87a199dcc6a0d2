using ForkBench.Calibration.Documents;
using ForkBench.Native.Host;

namespace ForkBench.Benchmarks.Tests.Support;

/// <summary>A calibration of this machine's host id with known prices, written where the commands look for it.</summary>
public static class TestCalibration
{
    /// <summary>
    /// Writes the calibration under <paramref name="results"/>: 10 ns per PTE
    /// read and 1 us per copied page, nothing else; held-out median error
    /// 12.5%. Returns its path.
    /// </summary>
    /// <param name="kernelRelease">The kernel it claims to be of (default: this machine's).</param>
    /// <param name="inseparable">Give it one direction the fit could not separate (copies against PMD splits).</param>
    public static string Write(string results, string? kernelRelease = null, bool inseparable = false)
    {
        var host = HostInfoReader.ReadCurrent();
        string path = CalibrationFile.PathFor(results, host.Id);
        CalibrationFile.Write(path, Document(host.Id, kernelRelease ?? host.KernelRelease, inseparable));
        return path;
    }

    /// <summary>The calibration <see cref="Write"/> writes, for a given host id and kernel.</summary>
    public static CalibrationDocument Document(string hostId, string kernelRelease, bool inseparable = false) =>
        new(CalibrationDocument.CurrentSchemaVersion, hostId, kernelRelease,
            "pte-batch-6.15", "kernel 6.18 -> pte-batch-6.15", ["20261130T085137Z-053bfbaf"],
            new DateTime(2026, 11, 30, 9, 30, 0, DateTimeKind.Utc), 200, 1,
            [new FittedCost("pte-reads", 10, 9, 11), new FittedCost("pages-copied", 1000, 900, 1100)],
            inseparable ? [new Dictionary<string, double> { ["pages-copied"] = 1, ["pmd-splits"] = -1 }] : [],
            [], [],
            [new HeldOutCheck(HeldOutNames.EachFamily, "each family", [], 1e6, 12.5, 4)],
            [
                new VariantPrediction("anon-4k/pin=all/rss=1gib", "v5.8", 10_000, false),
                new VariantPrediction("anon-4k/pin=all/rss=1gib", "pte-batch-6.15", 15_000, inseparable),
                new VariantPrediction("anon-thp/pin=all/rss=1gib", "v5.8", null, false, "refused for the test"),
                new VariantPrediction("anon-thp/pin=all/rss=1gib", "pte-batch-6.15", 705_000, false),
            ]);
}
