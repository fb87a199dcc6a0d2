namespace ForkBench.Native.Processes;

/// <summary>What a <see cref="LayoutWarning"/> is about.</summary>
public enum LayoutWarningKind
{
    /// <summary>A fixed assumption of the reading (folio sizes, which pins are visible).</summary>
    Assumption,

    /// <summary>VmPin absent or unreadable: only the io_uring buffers found count as pinned.</summary>
    VmPinUnknown,

    /// <summary>VmPin exceeds what io_uring explains: pins of unknown placement (RDMA, GPU, vfio).</summary>
    UnplacedPins,

    /// <summary>The io_uring descriptors or their buffer tables could not be read in full.</summary>
    IoUringIncomplete,

    /// <summary>A registered buffer lies outside every mapping, or io_uring lists more than VmPin counts.</summary>
    IoUringMismatch,

    /// <summary>An smaps field the layout uses is missing on this kernel.</summary>
    FieldMissing,
}
