using System.Text.Json;

namespace ForkBench.Benchmarks.Explain;

/// <summary>
/// An explanation as JSON for programs (explain --json): the same figures
/// as the text, every cost a prediction in ns, numbers invariant. Pure.
/// </summary>
public static class ExplanationJsonWriter
{
    public static string Write(ForkCostExplanation e, LayoutMeasurement? measured = null)
    {
        using var stream = new MemoryStream();
        using (var json = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = true }))
        {
            json.WriteStartObject();
            json.WriteNumber("pid", e.Layout.Pid);
            json.WriteString("name", e.Layout.Name);
            json.WriteString("variant", e.Variant);
            json.WriteString("calibration", e.Calibration);
            json.WriteNumber("predictedNs", e.TotalNs);
            json.WriteBoolean("undetermined", e.Undetermined);
            json.WriteStartArray("mappings");
            foreach (VmaCost c in e.Costs.Where(c => c.Vma.ResidentBytes > 0))
            {
                json.WriteStartObject();
                json.WriteString("start", $"0x{c.Vma.Start:x}");
                json.WriteString("end", $"0x{c.Vma.End:x}");
                json.WriteString("name", c.Vma.Name);
                json.WriteString("kind", c.Vma.Kind.ToString());
                json.WriteNumber("sizeBytes", c.Vma.SizeBytes);
                json.WriteNumber("residentBytes", c.Vma.ResidentBytes);
                json.WriteNumber("pinnedBytes", c.Vma.PinnedBytes);
                json.WriteString("advice", c.Vma.Advice.ToString());
                WriteOrNull(json, "scenario", c.Tail);
                if (c.PredictedNs is { } ns)
                    json.WriteNumber("predictedNs", ns);
                else
                    json.WriteNull("predictedNs");
                json.WriteBoolean("undetermined", c.Undetermined);
                WriteOrNull(json, "note", c.Why);
                json.WriteEndObject();
            }
            json.WriteEndArray();
            json.WriteStartArray("fixes");
            foreach (ForkCostFix fix in e.Fixes)
            {
                json.WriteStartObject();
                json.WriteString("change", fix.Change);
                json.WriteString("consequence", fix.Consequence);
                json.WriteNumber("predictedSavingNs", fix.SavingNs);
                json.WriteEndObject();
            }
            json.WriteEndArray();
            json.WriteStartArray("notes");
            foreach (string note in e.Notes)
                json.WriteStringValue(note);
            json.WriteEndArray();
            if (measured is not null)
            {
                json.WriteStartArray("measured");
                foreach (var (tail, predicted, ns, skipped) in measured.Parts)
                {
                    json.WriteStartObject();
                    json.WriteString("scenario", tail);
                    json.WriteNumber("predictedNs", predicted);
                    if (ns is { } m)
                        json.WriteNumber("measuredNs", m);
                    else
                        json.WriteNull("measuredNs");
                    WriteOrNull(json, "skipped", skipped);
                    json.WriteEndObject();
                }
                json.WriteEndArray();
            }
            json.WriteEndObject();
        }
        return System.Text.Encoding.UTF8.GetString(stream.ToArray()) + "\n";
    }

    private static void WriteOrNull(Utf8JsonWriter json, string name, string? value)
    {
        if (value is null)
            json.WriteNull(name);
        else
            json.WriteString(name, value);
    }
}
