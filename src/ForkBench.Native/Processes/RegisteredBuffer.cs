namespace ForkBench.Native.Processes;

/// <summary>One io_uring fixed buffer: its slot in the ring's table and the user range it pins.</summary>
public readonly record struct RegisteredBuffer(int Index, ulong Address, long Length)
{
    public ulong End => Address + (ulong)Length;
}
