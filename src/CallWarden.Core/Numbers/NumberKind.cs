namespace CallWarden.Core.Numbers;

/// <summary>What a number is, as far as screening and routing care.</summary>
/// <remarks>
/// The first group mirrors libphonenumber's <c>PhoneNumberType</c> for numbers of the dialling
/// region's own country; the second group is CallWarden's own (short codes, SMS ports, emergency
/// numbers and withheld callers, which libphonenumber does not treat as valid numbers).
/// </remarks>
public enum NumberKind : byte
{
    Invalid = 0,
    Mobile,
    FixedLine,
    /// <summary>NANP numbers: libphonenumber cannot tell fixed from mobile there.</summary>
    FixedLineOrMobile,
    TollFree,
    SharedCost,
    PremiumRate,
    Voip,
    PersonalNumber,
    Pager,
    Uan,
    Voicemail,

    /// <summary>A short service number such as 10086, 12321, 95588 or 96xxx.</summary>
    Service,
    /// <summary>An SMS port (106…) used by businesses to send bulk messages.</summary>
    SmsPort,
    /// <summary>110, 119, 120, 122 (CN) or 911 (US) and the other emergency numbers.</summary>
    Emergency,
    /// <summary>A valid number of another country than the dialling region's.</summary>
    International,
    /// <summary>The caller withheld the number (anonymous, restricted, private).</summary>
    Anonymous,
}
