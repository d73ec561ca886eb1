using CallWarden.Core.Cases;

namespace CallWarden.Data.Cases;

/// <summary>The states in which a case takes new reports (the same rule as <see cref="Case.IsOpen"/>).</summary>
internal static class OpenCases
{
    public static readonly CaseState[] States =
        [CaseState.Received, CaseState.Verified, CaseState.Forwarded, CaseState.Actioned, CaseState.Disputed];
}
