using System.CommandLine;
using System.Text.RegularExpressions;
using ForkBench.Benchmarks.Cli;
using ForkBench.Results.Documents;

namespace ForkBench.Benchmarks.Tests.Cli;

/// <summary>What System.CommandLine gives every command: help, --version, one-line errors with a suggestion.</summary>
public sealed partial class CommandLineTests
{
    public static TheoryData<string> CommandNames() => [.. CommandCatalog.Create().Subcommands.Select(c => c.Name)];

    [Fact]
    public void An_unknown_option_is_one_line_with_a_suggestion_and_exit_2()
    {
        var result = Support.Cli.Run("compare", "a.json", "b.json", "--treshold", "5%");

        Assert.Equal(ExitCodes.UsageOrDataError, result.ExitCode);
        Assert.Equal("forkbench compare: unknown option --treshold (did you mean --threshold?)", Assert.Single(result.ErrorLines));
        Assert.Empty(result.Output);
    }

    [Fact]
    public void An_unknown_command_is_one_line_with_a_suggestion_and_exit_2()
    {
        var result = Support.Cli.Run("comapre", "a.json", "b.json");

        Assert.Equal(ExitCodes.UsageOrDataError, result.ExitCode);
        Assert.Equal("forkbench: unknown command 'comapre' (did you mean compare?)", Assert.Single(result.ErrorLines));
    }

    [Fact]
    public void BenchmarkDotNet_arguments_reach_the_model_suite_in_order_without_the_preset()
    {
        var result = Support.Cli.Run("--job", "short", "--filter=nomatch*", "--quick", "--exporters", "json");

        Assert.Equal(ExitCodes.UsageOrDataError, result.ExitCode);
        Assert.EndsWith("matches no model benchmark: --job short --filter=nomatch* --exporters json (see model --list flat for names; ids such as model/floor/* work too)",
            Assert.Single(result.ErrorLines));
    }

    [Fact]
    public void Version_prints_the_tool_version()
    {
        var result = Support.Cli.Run("--version");

        Assert.Equal(ExitCodes.Success, result.ExitCode);
        Assert.Equal(RunInfoFactory.ToolVersion() + "\n", result.Output);
        Assert.Empty(result.Error);
    }

    [Fact]
    public void Compare_help_lists_every_option()
    {
        var result = Support.Cli.Run("compare", "--help");

        Assert.Equal(ExitCodes.Success, result.ExitCode);
        Assert.Empty(result.Error);
        foreach (string option in (string[])["--baseline-for-host", "--threshold <share>", "--noise-floor <time>", "--alpha <share>", "--results <dir>", "--help"])
            Assert.Contains(option, result.Output);
        Assert.Contains("Exit codes: 0 no regression, 1 regression", result.Output);
    }

    [Theory]
    [MemberData(nameof(CommandNames))]
    public void Every_command_has_help_that_lists_its_options(string name)
    {
        Command command = CommandCatalog.Create().Subcommands.Single(c => c.Name == name);

        var result = Support.Cli.Run(name, "--help");

        Assert.Equal(ExitCodes.Success, result.ExitCode);
        Assert.StartsWith($"Description:\n  {command.Description}\n", result.Output);
        Assert.All(command.Options.Concat(command.Subcommands.SelectMany(s => s.Options)).Where(o => !o.Hidden && o.Name != "--help"),
            option => Assert.False(string.IsNullOrWhiteSpace(option.Description), $"{name} {option.Name} has no description"));
        Assert.All(command.Options.Where(o => !o.Hidden), option => Assert.Contains(option.Name, result.Output));
    }

    /// <summary>Each command line README.md shows uses only the command's own options.</summary>
    [Fact]
    public void Every_option_in_the_readme_command_list_exists()
    {
        string root = Results.Repository.ResultsDirectory.RepositoryRoot() ?? throw new InvalidOperationException("no ForkBench.sln above the tests");
        string[] lines = [.. File.ReadAllLines(Path.Combine(root, "README.md")).Where(l => l.StartsWith("    ... -- ", StringComparison.Ordinal))];
        Assert.NotEmpty(lines);
        RootCommand catalog = CommandCatalog.Create();
        foreach (string line in lines)
        {
            foreach (string usage in line["    ... -- ".Length..].Split(" | "))
            {
                string[] words = usage.Split(' ', StringSplitOptions.RemoveEmptyEntries);
                Command command = catalog.Subcommands.Single(c => c.Name == words[0]);
                if (words.Length > 1 && command.Subcommands.FirstOrDefault(s => s.Name == words[1]) is { } sub)
                    command = sub;
                foreach (Match option in OptionName().Matches(usage))
                    Assert.Contains(option.Value, command.Options.Select(o => o.Name));
            }
        }
    }

    [GeneratedRegex("--[a-z][a-z-]*")]
    private static partial Regex OptionName();
}
