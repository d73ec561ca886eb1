namespace CallWarden.Core.Screening;

/// <summary>The rules of DESIGN.md's screening order, in that order; <see cref="ScreeningRules.Step"/> gives each its step.</summary>
public enum ScreeningRule : byte
{
    /// <summary>Step 1: emergency numbers (110, 119, 120, 122) always pass.</summary>
    Emergency = 0,

    /// <summary>Step 1: critical public services (96110 anti-fraud, 12321 …) always pass.</summary>
    CriticalService,

    /// <summary>Step 2: the callee's contacts pass.</summary>
    Contact,

    /// <summary>Step 2: the callee's allowlist passes.</summary>
    Allowlist,

    /// <summary>Step 3: a carrier restriction or suspension of the caller blocks.</summary>
    CarrierEnforcement,

    /// <summary>Step 4: the callee's blocklist blocks.</summary>
    Blocklist,

    /// <summary>Step 5: the caller withheld the number.</summary>
    Anonymous,

    /// <summary>Step 5: the number is invalid or unallocated.</summary>
    InvalidNumber,

    /// <summary>Step 5: a number of another country (境外来电).</summary>
    InternationalCall,

    /// <summary>Step 5: a domestic number arriving over an international gateway.</summary>
    GatewaySpoofing,

    /// <summary>Step 6: contacts-only mode.</summary>
    ContactsOnly,

    /// <summary>Step 6: the caller shares the callee's leading digits.</summary>
    NeighbourSpoofing,

    /// <summary>Step 6: a province, city or country rule.</summary>
    Region,

    /// <summary>Step 7: the callee refused marketing and the caller is a registered marketing line.</summary>
    RefusalRegistry,

    /// <summary>Step 8: a verified business line, labelled with its owner.</summary>
    VerifiedBusiness,

    /// <summary>Step 8: community reputation against the callee's threshold.</summary>
    Reputation,

    /// <summary>Step 9: quiet hours, with the repeat-call pass.</summary>
    QuietHours,

    /// <summary>Step 10: failed verification or attestation C raises suspicion.</summary>
    StirShaken,

    /// <summary>After step 10: the callee's default disposition, when no rule decided.</summary>
    Default,
}
