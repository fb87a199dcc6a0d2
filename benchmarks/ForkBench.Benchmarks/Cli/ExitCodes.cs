namespace ForkBench.Benchmarks.Cli;

/// <summary>Exit codes shared by every command.</summary>
public static class ExitCodes
{
    public const int Success = 0;

    /// <summary>compare: a regression was found.</summary>
    public const int Regression = 1;

    /// <summary>Bad usage or unreadable data: one clear line on stderr, nothing written.</summary>
    public const int UsageOrDataError = 2;

    /// <summary>Stopped by Ctrl-C or SIGTERM (128 + SIGINT, as a shell reports it); what was measured is kept.</summary>
    public const int Interrupted = 130;
}
