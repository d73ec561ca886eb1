namespace CallWarden.Core.Numbers;

/// <summary>The network operator a number belongs to, as far as routing a case cares.</summary>
/// <remarks>Stored as its code (<see cref="CarrierNames.Code"/>), shown localised.</remarks>
public enum Carrier : byte
{
    /// <summary>Nobody knows: a landline, a short code, an unallocated block or no number at all.</summary>
    Unknown = 0,
    ChinaMobile,
    ChinaUnicom,
    ChinaTelecom,
    ChinaBroadnet,

    /// <summary>A carrier outside the four, e.g. a foreign operator libphonenumber names.</summary>
    Other,
}
