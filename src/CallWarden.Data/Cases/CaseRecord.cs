using CallWarden.Core.Cases;
using CallWarden.Core.Numbers;

namespace CallWarden.Data.Cases;

/// <summary>A stored case; its reports are linked by <see cref="CaseReportLink"/>, its history is in <see cref="CaseAuditRecord"/>.</summary>
public sealed class CaseRecord
{
    public long Id { get; set; }

    public long Number { get; set; }

    public NumberKind NumberKind { get; set; }

    /// <summary>For a withheld caller (<see cref="NumberKind"/> anonymous, <see cref="Number"/> 0): the line that was called, as E.164 digits.</summary>
    public long? CalledNumber { get; set; }

    public NumberKind? CalledNumberKind { get; set; }

    public CaseState State { get; set; }

    /// <summary>The carrier the case was routed to (<c>china_mobile</c>), null before forwarding.</summary>
    public string? CarrierCode { get; set; }

    public bool Police { get; set; }

    public DateTimeOffset ReceivedAt { get; set; }

    public DateTimeOffset? ForwardedAt { get; set; }

    public DateTimeOffset? ActionedAt { get; set; }

    public long? MergedInto { get; set; }

    public CaseState? StateBeforeDispute { get; set; }

    /// <summary>Set by the overdue sweep while a deadline has passed; cleared when none has.</summary>
    public DateTimeOffset? OverdueSince { get; set; }

    public DateTimeOffset UpdatedAt { get; set; }

    /// <summary>Optimistic concurrency: two analysts changing the same case cannot both win.</summary>
    public int Version { get; set; }
}
