namespace CallWarden.Web.Access;

/// <summary>How an administrator's change to a login ended (<see cref="LoginChanges"/>).</summary>
public enum LoginChangeOutcome
{
    Changed,

    /// <summary>The login already was so: nothing written, no session ended.</summary>
    Unchanged,

    NotFound,

    /// <summary>The administrator's own login: refused, so that nobody locks themselves out or raises their own access.</summary>
    OwnLogin,
}
