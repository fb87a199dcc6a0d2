using System.Text.Json;
using ForkBench.Native.Tests.Support;

namespace ForkBench.Native.Tests;

public sealed class NativeResultJsonTests
{
    [Fact]
    public void Round_trips_every_sample_and_the_host()
    {
        NativeSweepResult result = SampleResults.Create();

        NativeSweepResult back = NativeResultJson.Deserialize(NativeResultJson.Serialize(result));

        Assert.Equal(result.Host.KernelRelease, back.Host.KernelRelease);
        Assert.Equal(result.Host.MthpEnabled, back.Host.MthpEnabled);
        Assert.Equal(result.Measurements[0].Samples, back.Measurements[0].Samples);
        Assert.Equal(result.Measurements[0].Summary, back.Measurements[0].Summary);
        Assert.Equal(result.Measurements[1].SkipReason, back.Measurements[1].SkipReason);
        Assert.Equal(result.Options.SizesBytes, back.Options.SizesBytes);
        Assert.Equal(result.Options.Scenarios, back.Options.Scenarios);
    }

    [Fact]
    public void Uses_camel_case_and_enum_names()
    {
        using JsonDocument json = JsonDocument.Parse(NativeResultJson.Serialize(SampleResults.Create()));
        JsonElement root = json.RootElement;

        Assert.Equal("native/fork/floor", root.GetProperty("floors")[0].GetProperty("id").GetString());
        Assert.Equal("ns", root.GetProperty("measurements")[0].GetProperty("unit").GetString());
        Assert.Equal("Fork", root.GetProperty("options").GetProperty("scenarios")[0].GetProperty("spawn").GetString());
    }

    [Fact]
    public void Writes_atomically_and_leaves_no_temporary_file()
    {
        string dir = Directory.CreateTempSubdirectory("forkbench-json-").FullName;
        try
        {
            string path = Path.Combine(dir, "native.json");
            File.WriteAllText(path, "old");

            // Never replaced unless asked: a second run writing the same path fails instead of clobbering it.
            Assert.Throws<IOException>(() => NativeResultJson.WriteAtomic(SampleResults.Create(), path));
            Assert.Equal("old", File.ReadAllText(path));
            Assert.Equal([path], Directory.GetFiles(dir));

            NativeResultJson.WriteAtomic(SampleResults.Create(), path, overwrite: true);

            Assert.Equal("native/fork/floor", NativeResultJson.Deserialize(File.ReadAllText(path)).Floors[0].Id);
            Assert.Equal([path], Directory.GetFiles(dir));
        }
        finally
        {
            Directory.Delete(dir, recursive: true);
        }
    }
}
