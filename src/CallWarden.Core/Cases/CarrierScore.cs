using CallWarden.Core.Numbers;

namespace CallWarden.Core.Cases;

/// <summary>
/// How one carrier handles the cases routed to it. Times are in working days from forwarding to
/// the recorded action; the share on time counts cases still unanswered past their deadline as late.
/// </summary>
public sealed record CarrierScore(
    Carrier Carrier,
    int Acted,
    int OverdueUnanswered,
    int? MedianWorkingDays,
    int? P95WorkingDays,
    double? ShareOnTime);
