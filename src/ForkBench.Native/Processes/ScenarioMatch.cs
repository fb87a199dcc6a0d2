using ForkBench.Scenarios;

namespace ForkBench.Native.Processes;

/// <summary>
/// The scenario closest to a VMA, or null with the reason there is none.
/// <see cref="Note"/> says why there is no scenario, or what was rounded
/// or approximated to find one; null when the scenario fits as it is.
/// </summary>
public sealed record ScenarioMatch(ProcessScenario? Scenario, string? Note)
{
    public static ScenarioMatch None(string reason) => new(null, reason);
}
