namespace ForkBench.Results.Tests.Support;

/// <summary>Reads test fixtures copied beside the test assembly.</summary>
public static class Fixture
{
    public static string Path(string relative) =>
        System.IO.Path.Combine(AppContext.BaseDirectory, "Fixtures", relative);

    public static string Text(string relative) => File.ReadAllText(Path(relative));
}
