using ForkBench.Reporting.Png;

namespace ForkBench.Reporting.Tests.Png;

public class ExecutableLocatorTests
{
    [Fact]
    public void First_executable_on_the_path_wins()
    {
        string path = string.Join(Path.PathSeparator, "/a", "", "/b", "/c");
        var executables = new HashSet<string> { Path.Combine("/b", "tool"), Path.Combine("/c", "tool") };
        Assert.Equal(Path.Combine("/b", "tool"), ExecutableLocator.Find("tool", path, executables.Contains));
    }

    [Fact]
    public void Missing_or_empty_path_finds_nothing()
    {
        Assert.Null(ExecutableLocator.Find("tool", null, _ => true));
        Assert.Null(ExecutableLocator.Find("tool", "", _ => true));
        Assert.Null(ExecutableLocator.Find("tool", "/a", _ => false));
    }
}
