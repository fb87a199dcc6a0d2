namespace ForkBench.Native.Host;

/// <summary>Parses /proc/cpuinfo text ("key\t: value" lines, one block per processor).</summary>
public static class CpuInfoParser
{
    public static CpuInfo Parse(string text)
    {
        string? model = null;
        int processors = 0;
        bool hypervisor = false;
        foreach (string line in text.Split('\n'))
        {
            int colon = line.IndexOf(':');
            if (colon <= 0)
                continue;
            string key = line[..colon].Trim();
            string value = line[(colon + 1)..].Trim();
            switch (key)
            {
                case "processor":
                    processors++;
                    break;
                case "model name" or "Model" when model is null && value.Length > 0:
                    model = value;
                    break;
                case "flags" or "Features":
                    hypervisor |= value.Split(' ', StringSplitOptions.RemoveEmptyEntries).Contains("hypervisor");
                    break;
            }
        }
        // Some ARM kernels name the machine only in "Hardware".
        model ??= HardwareLine(text);
        return new CpuInfo(model, processors, hypervisor);
    }

    private static string? HardwareLine(string text) =>
        text.Split('\n').Select(l => l.Split(':', 2)).Where(p => p.Length == 2 && p[0].Trim() == "Hardware")
            .Select(p => p[1].Trim()).FirstOrDefault(v => v.Length > 0);
}
