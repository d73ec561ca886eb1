using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Authorization;

namespace CallWarden.Web.Access;

/// <summary>
/// One policy per kind of access, set once on each route group. A key must hold the scope as well
/// as the role; a person's role is enough.
/// </summary>
internal static class Policies
{
    public const string Intake = "intake";
    public const string CasesRead = "cases:read";
    public const string CasesTriage = "cases:triage";
    public const string CarrierActions = "cases:carrier-actions";
    public const string Stats = "stats";
    public const string Administration = "administration";
    public const string SignedIn = "signed-in";
    public const string SubscriberRules = "subscriber-rules";
    public const string Screen = "screen";

    /// <summary>The load balancer's and orchestrator's probes, <c>/healthz</c> and <c>/readyz</c>: anyone, on those two paths only.</summary>
    public const string Probe = "probe";

    /// <summary><c>/metrics</c>: an allowed address or a key with <c>metrics</c> (<see cref="Operations.MetricsAccess"/>).</summary>
    public const string Metrics = "metrics";

    /// <summary>A member of staff signed in in person (never a key): the desks' pages.</summary>
    public const string Desk = "desk";

    /// <summary>The monthly report for the authorities: the centre's analysts and administrators.</summary>
    public const string MonthlyReport = "monthly-report";

    /// <summary>The police liaison's own work: reporters' contact details and the case dossier.</summary>
    public const string PoliceDesk = "police-desk";

    /// <summary>A person (never a key) signed in with a phone they proved: the pages about "my" phone (My protection, feedback).</summary>
    public const string PhoneSignedIn = "phone-signed-in";

    /// <summary>A subscriber's refusals: the subscriber signed in with that phone, an administrator, or a carrier's key with <c>registry:refusals</c> for its own subscribers.</summary>
    public const string Refusals = "registry-refusals";

    /// <summary>The centre's own desk pages (the marketing complaints): an analyst or administrator signed in in person.</summary>
    public const string Centre = "centre";

    /// <summary>The scrub: a key with <c>registry:scrub</c> bound to a business.</summary>
    public const string Scrub = "registry-scrub";

    public static void Add(AuthorizationOptions options)
    {
        Require(options, Intake, Scopes.ReportsWrite, Roles.Reporter, Roles.Analyst, Roles.Administrator, Roles.Client);
        Require(options, CasesRead, Scopes.CasesRead, Roles.Analyst, Roles.CarrierOperator, Roles.PoliceLiaison, Roles.Administrator);
        Require(options, CasesTriage, Scopes.CasesWrite, Roles.Analyst, Roles.Administrator);
        Require(options, CarrierActions, Scopes.CasesWrite, Roles.CarrierOperator);
        Require(options, Stats, Scopes.StatsRead, Roles.Analyst, Roles.CarrierOperator, Roles.PoliceLiaison, Roles.Administrator);
        options.AddPolicy(Administration, p => p.RequireAuthenticatedUser().RequireAssertion(c => Caller.From(c.User) is { IsKey: false, Role: Roles.Administrator }));
        options.AddPolicy(Desk, p => p.RequireAuthenticatedUser().RequireAssertion(c => Caller.From(c.User) is { IsKey: false } person && person.IsStaff));
        Require(options, MonthlyReport, Scopes.StatsRead, Roles.Analyst, Roles.Administrator);
        options.AddPolicy(PoliceDesk, p => p.RequireAuthenticatedUser().RequireAssertion(c => Caller.From(c.User) is { IsKey: false, Role: Roles.PoliceLiaison }));
        options.AddPolicy(SignedIn, p => p.RequireAuthenticatedUser());
        options.AddPolicy(PhoneSignedIn, p => p.RequireAuthenticatedUser().RequireAssertion(c => Caller.From(c.User) is { IsKey: false, Phone: not null }));
        options.AddPolicy(SubscriberRules, p => p.RequireAuthenticatedUser().RequireAssertion(c => Rules.RulesAccess.Allows(Caller.From(c.User), c.Resource as HttpContext)));

        options.AddPolicy(Centre, p => p.RequireAuthenticatedUser().RequireAssertion(c => Caller.From(c.User) is { IsKey: false, IsCentre: true }));
        options.AddPolicy(Refusals, p => p.RequireAuthenticatedUser().RequireAssertion(c => Registry.RefusalAccess.Allows(Caller.From(c.User), c.Resource as HttpContext)));
        options.AddPolicy(Scrub, p => p.RequireAuthenticatedUser().RequireAssertion(c => Caller.From(c.User) is { IsKey: true, Business: not null } key && key.Scopes.Contains(Scopes.RegistryScrub)));

        // Screening is a machine's question (the SIP proxy's): a key with the scope, whatever its role.
        options.AddPolicy(Screen, p => p.RequireAuthenticatedUser().RequireAssertion(c => Caller.From(c.User) is { IsKey: true } key && key.Scopes.Contains(Scopes.Screen)));

        // Probes carry no credentials (Kamailio's dispatcher, a Kubernetes kubelet); the policy lets
        // anyone in, but only on the two probe paths, so that it cannot open anything else by mistake.
        options.AddPolicy(Probe, p => p.RequireAssertion(c => c.Resource is HttpContext http && Operations.OperationsArea.IsProbe(http.Request.Path)));
        options.AddPolicy(Metrics, p => p.AddRequirements(new Operations.MetricsAccessRequirement()));
    }

    private static void Require(AuthorizationOptions options, string name, string scope, params string[] roles) =>
        options.AddPolicy(name, p => p.RequireAuthenticatedUser().RequireAssertion(c => Caller.From(c.User).May(scope, roles)));
}
