using System.Globalization;
using ForkBench.Calibration.Documents;
using ForkBench.Calibration.Fitting;

namespace ForkBench.Calibration.Text;

/// <summary>
/// The calibration as plain text for a terminal or a mailing list: ASCII,
/// at most 80 columns. Per point the measured median marginal cost and the
/// predicted one; the fitted costs with their bootstrap intervals (merged
/// and unexercised columns said so); every variant's predicted cost of the
/// kept processes; the held-out checks; and which variant priced the counts
/// and why. Every model figure is called "predicted".
/// </summary>
public static class CalibrationTextWriter
{
    public const int Width = 80;
    private const int TailWidth = 40;

    public static void Write(CalibrationDocument calibration, TextWriter output)
    {
        ArgumentNullException.ThrowIfNull(calibration);
        ArgumentNullException.ThrowIfNull(output);
        output.WriteLine($"Calibration of host {calibration.HostId}");
        Wrap(output, $"kernel {calibration.KernelRelease}; variant: {calibration.VariantReason}", "  ");
        Wrap(output, $"runs: {string.Join(", ", calibration.RunIds)}; calibrated {calibration.TimeUtc.ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture)}Z", "  ");
        Wrap(output, "measured: median marginal cost (fork latency minus the run's no-buffer floor); "
            + "predicted: the model's exact counts x the costs fitted below (non-negative least squares "
            + "on relative error). Predictions are not measurements.", "");

        output.WriteLine();
        output.WriteLine($"Fitted points ({calibration.Points.Count})");
        WritePoints(output, calibration.Points);
        if (calibration.Excluded.Count > 0)
        {
            output.WriteLine();
            output.WriteLine($"Not fitted ({calibration.Excluded.Count})");
            foreach (var reason in calibration.Excluded.GroupBy(p => p.Reason, StringComparer.Ordinal))
            {
                Wrap(output, reason.Key + ":", "  ", "  ");
                foreach (ExcludedPoint point in reason)
                    output.WriteLine("    " + point.Id);
            }
        }

        output.WriteLine();
        output.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"Fitted costs (ns per unit; 95% bootstrap interval, {calibration.BootstrapResamples} resamples)"));
        WriteCosts(output, calibration.Costs);
        if (calibration.InseparableColumns.Count > 0)
        {
            output.WriteLine();
            Wrap(output, "Not separable in this data: " + string.Join(", ", calibration.InseparableColumns.Select(LabelOf)) + ". "
                + "Their counts are linearly dependent over every fitted point, so only a combination of their costs is "
                + "fitted; the split above is one of many that fit equally well (and its intervals do not show it). "
                + "Predictions that change their mix (another variant, another folio size) are marked.", "  ");
        }

        WritePredictions(output, calibration);

        foreach (HeldOutCheck check in calibration.HeldOut)
        {
            output.WriteLine();
            Wrap(output, $"Held out: {check.Description}", "  ");
            if (check.Note is { } note)
            {
                Wrap(output, $"not checked: {note}", "  ");
                continue;
            }
            if (check.FittedCostsNs is { } costs)
            {
                Wrap(output, "fitted without them (ns per unit): " + string.Join(", ", CostColumn.All
                    .Where(c => costs.TryGetValue(c.Key, out double ns) && ns > 0)
                    .Select(c => $"{c.Label} {TimeText.Cost(costs[c.Key])}")) + "; every other column 0", "  ");
            }
            WritePoints(output, check.Predictions);
            output.WriteLine(check.MedianAbsErrorPercent is { } median
                ? string.Create(CultureInfo.InvariantCulture,
                    $"median |error| of the predictions over {check.PointsAtLeastMinimum} point(s) >= {TimeText.Duration(check.MinimumNs)}: {Math.Abs(median):F1}%")
                : $"no point of {TimeText.Duration(check.MinimumNs)} or more to summarise");
        }
    }

    /// <summary>Every variant's predicted cost of the kept processes, one column per process (four fit in 80 columns).</summary>
    private static void WritePredictions(TextWriter output, CalibrationDocument calibration)
    {
        if (calibration.Predictions.Count == 0)
            return;
        string[] tails = [.. calibration.Predictions.Select(p => p.Tail).Distinct(StringComparer.Ordinal)];
        foreach (string[] chunk in tails.Chunk(4))
        {
            output.WriteLine();
            Wrap(output, "Predicted fork cost per variant (the steady-state fork of each variant's model twin, priced with "
                + "the costs above; '*' depends on costs the points cannot separate, '<' models this kernel):", "  ");
            // Each cell is 12 characters and a mark ('*' or a blank) after a 26-character name.
            output.WriteLine((new string(' ', 26) + string.Concat(chunk.Select(t => $"{ShortTail(t),12} "))).TrimEnd());
            foreach (var variant in calibration.Predictions.GroupBy(p => p.Variant, StringComparer.Ordinal))
            {
                string cells = string.Concat(chunk.Select(tail => variant.FirstOrDefault(p => p.Tail == tail) is { PredictedNs: { } ns } p
                    ? $"{TimeText.Duration(ns),12}{(p.Undetermined ? "*" : " ")}"
                    : $"{"n/a",12} "));
                string name = variant.Key + (variant.Key == calibration.Variant ? " <" : "");
                output.WriteLine($"{(name.Length > 25 ? name[..25] : name),-25} {cells}".TrimEnd());
            }
        }
    }

    /// <summary>"4k pinned" from anon-4k/pin=all/rss=1gib: a column header of at most 12 characters.</summary>
    private static string ShortTail(string tail)
    {
        string[] parts = tail.Split('/');
        string memory = parts[0].StartsWith("anon-", StringComparison.Ordinal) ? parts[0]["anon-".Length..] : parts[0];
        string pins = parts.Length > 1 ? parts[1] switch { "pin=none" => "", "pin=all" => " pinned", var other => " " + other } : "";
        string label = memory + pins;
        return label.Length > 12 ? label[..12] : label;
    }

    private static void WritePoints(TextWriter output, IReadOnlyList<PointFit> points)
    {
        output.WriteLine($"{"scenario",-TailWidth} {"measured",10} {"predicted",10} {"error",9}");
        foreach (PointFit point in points)
        {
            string numbers = $"{TimeText.Duration(point.MeasuredNs),10} {TimeText.Duration(point.PredictedNs),10} {TimeText.Percent(point.ErrorPercent),9}";
            if (point.Tail.Length <= TailWidth)
            {
                output.WriteLine($"{point.Tail,-TailWidth} {numbers}");
            }
            else
            {
                output.WriteLine(point.Tail.Length <= Width ? point.Tail : point.Tail[..Width]);
                output.WriteLine($"{"",-TailWidth} {numbers}");
            }
        }
    }

    private static void WriteCosts(TextWriter output, IReadOnlyList<FittedCost> costs)
    {
        output.WriteLine($"{"cost of one",-28} {"ns",10}   interval");
        foreach (FittedCost cost in costs)
        {
            string label = LabelOf(cost.Column);
            if (cost.MergedInto is { } into)
            {
                output.WriteLine(string.Create(CultureInfo.InvariantCulture,
                    $"  {label,-26} merged into {LabelOf(into)} (x{cost.Ratio:0.###} per unit)"));
                continue;
            }
            if (!cost.Exercised)
            {
                output.WriteLine($"{label,-28} {"-",10}   not exercised by any point (priced 0)");
                continue;
            }
            output.WriteLine($"{label,-28} {TimeText.Cost(cost.CostNs),10}   [{TimeText.Cost(cost.LowerNs)}, {TimeText.Cost(cost.UpperNs)}]");
        }
    }

    private static string LabelOf(string key) => CostColumn.FindByKey(key)?.Label ?? key;

    /// <summary>Words wrapped to <see cref="Width"/>, continuation lines indented.</summary>
    private static void Wrap(TextWriter output, string text, string indent) => Wrap(output, text, "", indent);

    /// <summary>Words wrapped to <see cref="Width"/>: the first line after <paramref name="first"/>, the others after <paramref name="next"/>.</summary>
    private static void Wrap(TextWriter output, string text, string first, string next)
    {
        var line = new System.Text.StringBuilder(first);
        bool empty = true;
        foreach (string word in text.Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            if (!empty && line.Length + 1 + word.Length > Width)
            {
                output.WriteLine(line.ToString());
                line.Clear().Append(next);
                empty = true;
            }
            line.Append(empty ? "" : " ").Append(word);
            empty = false;
        }
        if (!empty)
            output.WriteLine(line.ToString());
    }
}
