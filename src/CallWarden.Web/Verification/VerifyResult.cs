namespace CallWarden.Web.Verification;

/// <summary>What a presented code proved.</summary>
internal abstract record VerifyResult
{
    private VerifyResult()
    {
    }

    /// <summary>The code was right; it is used up.</summary>
    public sealed record Verified : VerifyResult;

    /// <summary>Not the code; <paramref name="AttemptsLeft"/> more may be tried (0: the next is refused).</summary>
    public sealed record Wrong(int AttemptsLeft) : VerifyResult;

    /// <summary>The newest code for the phone ran out of time; ask for a new one.</summary>
    public sealed record Expired : VerifyResult;

    /// <summary>The newest code took too many wrong attempts; ask for a new one.</summary>
    public sealed record TooManyAttempts : VerifyResult;

    /// <summary>No code is pending for the phone and purpose (never sent, or already used).</summary>
    public sealed record NoCode : VerifyResult;
}
