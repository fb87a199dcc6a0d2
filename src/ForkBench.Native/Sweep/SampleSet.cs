namespace ForkBench.Native.Sweep;

/// <summary>The samples a point collected, and how sampling ended.</summary>
internal sealed class SampleSet
{
    public List<double> Forks { get; } = [];

    public List<double> ForkCpus { get; } = [];

    public List<double> ExitReaps { get; } = [];

    public List<double> CowWrites { get; } = [];

    /// <summary>A pagemap walk over the buffer after each fork (same order as <see cref="Forks"/>; NaN without a walk); empty without a round reference.</summary>
    public List<double> Walks { get; } = [];

    /// <summary>A fork with the buffer hidden after each fork (NaN where discarded); empty without a round reference.</summary>
    public List<double> RoundFloors { get; } = [];

    /// <summary>The rounds' fork-per-walk figures that could be computed, for the stop rule.</summary>
    public List<double> PerWalks { get; } = [];

    public List<string> Notes { get; } = [];

    public double? FirstForkNs { get; set; }

    public int Discarded { get; set; }

    public string? StopReason { get; set; }

    public bool Incomplete { get; set; }
}
