namespace CallWarden.Web.Access;

/// <summary>The claim types CallWarden issues beside the standard name and role.</summary>
internal static class CallerClaims
{
    /// <summary>The carrier code of a carrier operator (<c>china_mobile</c>).</summary>
    public const string Carrier = "cw:carrier";

    /// <summary>The E.164 digits of a reporter's phone.</summary>
    public const string Phone = "cw:phone";

    /// <summary>One per scope of an API key; its presence marks the caller as a machine.</summary>
    public const string Scope = "cw:scope";

    /// <summary>The token of a person's server-side session (<c>SessionStore</c>); a cookie without an open one signs nobody in.</summary>
    public const string Session = "cw:session";

    /// <summary>The id of an API key: names of keys may repeat, their ids do not (a client's idempotency keys are its key's own).</summary>
    public const string Key = "cw:key";

    /// <summary>The privacy notice version a phone agreed to when it signed in (issue #10 part 1); another in force asks again.</summary>
    public const string Notice = "cw:notice";

    /// <summary>"key" for an API key, "cookie" for a person.</summary>
    public const string Kind = "cw:kind";

    /// <summary>The business a key is bound to (the scrub, issue #10 part 7).</summary>
    public const string Business = "cw:business";
}
