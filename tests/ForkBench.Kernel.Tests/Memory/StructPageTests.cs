using System.Runtime.CompilerServices;
using ForkBench.Kernel.Memory;

namespace ForkBench.Kernel.Tests.Memory;

public class StructPageTests
{
    [Fact]
    public void StructPageIsOneCacheLine()
    {
        Assert.Equal(64, Unsafe.SizeOf<StructPage>());
    }
}
