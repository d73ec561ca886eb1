namespace CallWarden.Core.Cases;

/// <summary>
/// The carrier a case is routed to. Cases take it as a plain value: the number attribution
/// (libphonenumber's carrier data plus the portability override table) decides it elsewhere.
/// </summary>
public enum CarrierCode
{
    Unknown,
    ChinaMobile,
    ChinaUnicom,
    ChinaTelecom,
    ChinaBroadnet,
}
