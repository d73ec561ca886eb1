namespace CallWarden.Web.Tests.Access;

/// <summary>Who calls, for the authorization matrix.</summary>
public enum Identity
{
    Anonymous,
    Analyst,

    /// <summary>An operator of China Mobile, the carrier of the matrix's case.</summary>
    MobileOperator,

    /// <summary>An operator of China Unicom: the case is not theirs.</summary>
    UnicomOperator,
    Administrator,

    /// <summary>A form backend's key with <c>reports:write</c>.</summary>
    ClientKey,
    ClientKeyWithoutScope,

    /// <summary>An analyst's key with <c>cases:read cases:write stats:read</c>.</summary>
    AnalystKey,
    AnalystKeyWithoutScope,

    /// <summary>China Mobile's key with <c>cases:read cases:write</c>.</summary>
    MobileKey,

    /// <summary>The SIP proxy's key: a client with <c>screen</c> only.</summary>
    ScreenKey,
    RevokedKey,

    /// <summary>A reporter's login with the phone that filed the world's first report.</summary>
    Reporter,

    /// <summary>A police liaison: the world's case is harassment, not referred to the police.</summary>
    PoliceLiaison,

    /// <summary>A person signed in with the phone <see cref="World.Subscriber"/>.</summary>
    Subscriber,

    /// <summary>A subscriber app backend's key with <c>rules</c>.</summary>
    RulesKey,

    /// <summary>A Prometheus server's key with <c>metrics</c> only.</summary>
    MetricsKey,

    /// <summary>China Mobile's app's key with <c>registry:refusals</c>: <see cref="World.Subscriber"/> is a China Mobile number.</summary>
    RefusalsKey,

    /// <summary>An approved lender's key with <c>registry:scrub</c>, bound to it.</summary>
    ScrubKey,
}
