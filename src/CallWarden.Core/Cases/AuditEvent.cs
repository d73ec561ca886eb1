namespace CallWarden.Core.Cases;

/// <summary>
/// One entry of a case's history. <paramref name="CaseId"/> is the case the event happened to,
/// which after a merge may differ from the case that now holds it. <paramref name="From"/> is null
/// for the event that opened the case.
/// </summary>
public sealed record AuditEvent(
    long CaseId,
    string Actor,
    ActorRole Role,
    DateTimeOffset At,
    CaseAction Action,
    CaseState? From,
    CaseState To,
    string Reason);
