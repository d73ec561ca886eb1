namespace CallWarden.Web.Verification;

/// <summary>What became of a request for a code: <see cref="Sent"/> or <see cref="Refused"/>.</summary>
internal abstract record IssueResult
{
    private IssueResult()
    {
    }

    /// <summary>The code is queued as an SMS.</summary>
    /// <param name="ExpiresAt">When the code stops working.</param>
    /// <param name="ResendAfter">How long until another code may be sent to the phone.</param>
    /// <param name="Code">The code itself only when <see cref="VerificationOptions.ShowCodes"/> is on (a demo without an SMS gateway); otherwise null.</param>
    public sealed record Sent(DateTimeOffset ExpiresAt, TimeSpan ResendAfter, string? Code) : IssueResult;

    /// <summary>No code was sent.</summary>
    /// <param name="RetryAfter">How long until asking again can succeed; null when it never will (<see cref="IssueRefusal.NotMobile"/>).</param>
    public sealed record Refused(IssueRefusal Reason, TimeSpan? RetryAfter) : IssueResult;
}
