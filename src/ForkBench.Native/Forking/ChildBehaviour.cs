namespace ForkBench.Native.Forking;

/// <summary>What the forked child does; it never runs managed code either way.</summary>
internal enum ChildBehaviour
{
    /// <summary>exit_group(<see cref="ForkStub.ChildExitCode"/>) at once.</summary>
    ExitAtOnce = 0,

    /// <summary>
    /// Sleep in pause() until SIGKILL (its signals stay blocked), so the parent
    /// can write to pages the child still shares. The child also asks for
    /// SIGKILL should the parent die first (PR_SET_PDEATHSIG).
    /// </summary>
    WaitForKill = 1,
}
