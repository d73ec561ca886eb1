namespace CallWarden.System.Tests.Components;

/// <summary>What a SIPp load run reported at its end: its exit code, the calls that ended as the scenario expects or not, and the retransmissions it sent.</summary>
internal sealed record SippLoadResult(int ExitCode, long Successful, long Failed, long Retransmissions, string Output);
