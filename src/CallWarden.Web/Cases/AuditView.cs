using CallWarden.Core.Cases;

namespace CallWarden.Web.Cases;

internal sealed record AuditView(DateTimeOffset At, string Actor, ActorRole Role, CaseAction Action, CaseState? From, CaseState To, string Reason);
