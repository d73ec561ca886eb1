namespace CallWarden.Cli;

internal static class ExitCodes
{
    public const int Success = 0;

    /// <summary>The request could not be carried out (e.g. a service failed).</summary>
    public const int Failure = 1;

    /// <summary>The user gave input we cannot use; one line on stderr says why.</summary>
    public const int BadInput = 2;
}
