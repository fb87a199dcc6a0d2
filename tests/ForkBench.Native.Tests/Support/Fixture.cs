namespace ForkBench.Native.Tests.Support;

/// <summary>Reads the captured /proc and /sys files under Fixtures/.</summary>
public static class Fixture
{
    public static string Read(string name) => File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Fixtures", name));
}
