namespace CallWarden.Core.Cases;

/// <summary>The part someone plays on a case; it decides which transitions they may make.</summary>
public enum ActorRole
{
    /// <summary>CallWarden itself: intake, notifications, scheduled jobs.</summary>
    System,

    /// <summary>Centre staff who triage, verify, merge, route and decide disputes.</summary>
    Analyst,

    /// <summary>Staff of the carrier a case was routed to.</summary>
    CarrierOperator,

    /// <summary>The holder of the reported number, appealing.</summary>
    NumberHolder,

    /// <summary>The police liaison: reads cases referred to the police, never changes their state.</summary>
    PoliceLiaison,
}
