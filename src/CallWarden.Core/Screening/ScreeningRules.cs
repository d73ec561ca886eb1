namespace CallWarden.Core.Screening;

public static class ScreeningRules
{
    /// <summary>The rule's step in DESIGN.md's order (1–10); 11 for the default.</summary>
    public static int Step(this ScreeningRule rule) => rule switch
    {
        ScreeningRule.Emergency or ScreeningRule.CriticalService => 1,
        ScreeningRule.Contact or ScreeningRule.Allowlist => 2,
        ScreeningRule.CarrierEnforcement => 3,
        ScreeningRule.Blocklist => 4,
        ScreeningRule.Anonymous or ScreeningRule.InvalidNumber or ScreeningRule.InternationalCall or ScreeningRule.GatewaySpoofing => 5,
        ScreeningRule.ContactsOnly or ScreeningRule.NeighbourSpoofing or ScreeningRule.Region => 6,
        ScreeningRule.RefusalRegistry => 7,
        ScreeningRule.VerifiedBusiness or ScreeningRule.Reputation => 8,
        ScreeningRule.QuietHours => 9,
        ScreeningRule.StirShaken => 10,
        _ => 11,
    };

    /// <summary>The stable id logged and shown with a reason, e.g. <c>neighbour_spoofing</c>.</summary>
    public static string ToCode(this ScreeningRule rule) => rule switch
    {
        ScreeningRule.Emergency => "emergency",
        ScreeningRule.CriticalService => "critical_service",
        ScreeningRule.Contact => "contact",
        ScreeningRule.Allowlist => "allowlist",
        ScreeningRule.CarrierEnforcement => "carrier_enforcement",
        ScreeningRule.Blocklist => "blocklist",
        ScreeningRule.Anonymous => "anonymous",
        ScreeningRule.InvalidNumber => "invalid_number",
        ScreeningRule.InternationalCall => "international_call",
        ScreeningRule.GatewaySpoofing => "gateway_spoofing",
        ScreeningRule.ContactsOnly => "contacts_only",
        ScreeningRule.NeighbourSpoofing => "neighbour_spoofing",
        ScreeningRule.Region => "region",
        ScreeningRule.RefusalRegistry => "refusal_registry",
        ScreeningRule.VerifiedBusiness => "verified_business",
        ScreeningRule.Reputation => "reputation",
        ScreeningRule.QuietHours => "quiet_hours",
        ScreeningRule.StirShaken => "stir_shaken",
        _ => "default",
    };
}
