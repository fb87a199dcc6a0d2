using FsCheck;
using FsCheck.Fluent;
using ForkBench.Kernel.Fork;
using Xunit.Abstractions;

namespace ForkBench.Kernel.Tests.Properties;

/// <summary>A property failure found by a check, carrying the resolved trace of the scenario.</summary>
public sealed class PropertyViolation(string message) : Exception(message);

/// <summary>
/// Runs scenario properties with FsCheck from plain xunit tests: a fixed
/// replay seed per property and variant makes every run the same, and the
/// seed is printed with the shrunk scenario when a check fails.
/// </summary>
internal static class PropertyCheck
{
    /// <summary>SplitMix gamma for the replay; any odd constant does.</summary>
    public const ulong Gamma = 0x9E3779B97F4A7C15UL;

    public static TheoryData<string> AllVariants => [.. CopyVariant.All.Select(v => v.Id)];

    public static TheoryData<string> FixedVariants =>
        [.. CopyVariant.All.Where(v => v.FixesPinnedCow).Select(v => v.Id)];

    /// <summary>A seed that depends only on the property's base seed and the variant, so each variant explores its own cases.</summary>
    public static ulong SeedFor(ulong baseSeed, CopyVariant variant) => baseSeed * 1_000_003UL + (ulong)variant.Order;

    private static Config ConfigFor(ulong seed, int tests) =>
        Config.QuickThrowOnFailure.WithMaxTest(tests).WithReplay(seed, Gamma).WithQuietOnSuccess(true);

    /// <summary>Checks that <paramref name="body"/> holds for <paramref name="tests"/> generated scenarios.</summary>
    public static void Holds(ITestOutputHelper output, string name, ulong seed, int tests, Action<Scenario> body)
    {
        try
        {
            Check.One(ConfigFor(seed, tests), Prop.ForAll(ScenarioGen.Arbitrary, body));
        }
        catch (Exception e)
        {
            output.WriteLine($"{name}: falsified; replay seed {seed}, gamma {Gamma}");
            output.WriteLine(e.Message);
            throw;
        }
    }

    /// <summary>Checks that FsCheck does find a counterexample; returns its report (the shrunk scenario and the failure).</summary>
    public static string Falsified(ulong seed, int tests, Action<Scenario> body)
    {
        try
        {
            Check.One(ConfigFor(seed, tests), Prop.ForAll(ScenarioGen.Arbitrary, body));
        }
        catch (Exception e)
        {
            return e.Message;
        }
        throw new Xunit.Sdk.XunitException($"no counterexample in {tests} scenarios (seed {seed}, gamma {Gamma})");
    }

    /// <summary>Interprets a scenario, running <paramref name="check"/> after every applied operation and <paramref name="atEnd"/> once at the end.</summary>
    public static void Execute(CopyVariant variant, Scenario scenario, Action<World> check, Action<World>? atEnd = null)
    {
        using var world = new World(variant);
        for (int i = 0; i < scenario.Ops.Count; i++)
        {
            bool applied;
            try
            {
                applied = world.Apply(i, scenario.Ops[i]);
            }
            catch (Exception e) when (e is not PropertyViolation)
            {
                throw world.Failure($"op #{i} {scenario.Ops[i]} threw {e.GetType().Name}: {e.Message}");
            }
            if (applied)
                check(world);
        }
        atEnd?.Invoke(world);
    }
}
