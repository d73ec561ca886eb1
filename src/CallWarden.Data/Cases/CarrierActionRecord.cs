using CallWarden.Core.Cases;

namespace CallWarden.Data.Cases;

/// <summary>What a carrier did about a case's number, from when and until when.</summary>
public sealed class CarrierActionRecord
{
    public long Id { get; set; }

    public long CaseId { get; set; }

    public long Number { get; set; }

    public required string CarrierCode { get; set; }

    public CarrierActionKind Kind { get; set; }

    public DateTimeOffset From { get; set; }

    /// <summary>When a restriction ends by itself; null for actions without an end.</summary>
    public DateTimeOffset? Until { get; set; }

    /// <summary>Set when an upheld appeal reversed the action.</summary>
    public DateTimeOffset? LiftedAt { get; set; }

    /// <summary>The expiry job wrote the enforcement change for the end; it is written once.</summary>
    public bool EndPublished { get; set; }
}
