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
                case "model name" or "Model" when model is null:
                    model = value;
                    break;
                case "flags" or "Features":
                    hypervisor |= value.Split(' ', StringSplitOptions.RemoveEmptyEntries).Contains("hypervisor");
                    break;
            }
        }
        return new CpuInfo(model, processors, hypervisor);
    }
}
