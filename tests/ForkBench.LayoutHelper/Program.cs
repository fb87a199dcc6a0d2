using System.Globalization;
using ForkBench.LayoutHelper;
using ForkBench.Native;
using ForkBench.Native.IoUring;

// Holds the regions named on the command line, says where they are, prints
// "ready", and keeps them until stdin closes: a reader of /proc sees a
// process whose layout is known exactly. It never forks.
HelperOptions options;
try
{
    options = HelperOptions.Parse(args);
}
catch (FormatException e)
{
    Console.Error.WriteLine($"layout-helper: {e.Message}");
    Console.Error.WriteLine(HelperOptions.Usage);
    return 2;
}

var held = new List<HeldRegion>();
try
{
    foreach ((HelperRegionKind kind, long bytes) in options.Regions)
        held.Add(HeldRegion.Create(kind, bytes, IoUringOpener.Instance));
}
catch (Exception e) when (e is ErrnoException or IoUringUnavailableException)
{
    Console.Error.WriteLine($"layout-helper: {e.Message}");
    held.ForEach(r => r.Dispose());
    return 1;
}

// One line per region: "region <kind> 0x<start>-0x<end>", smaps' own notation.
foreach (HeldRegion region in held)
{
    ulong start = (ulong)region.Address;
    Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
        $"region {region.Kind} 0x{start:x}-0x{start + (ulong)region.Bytes:x}"));
}
Console.WriteLine("ready");
Console.Out.Flush();

Console.In.ReadToEnd();
held.ForEach(r => r.Dispose());
return 0;
