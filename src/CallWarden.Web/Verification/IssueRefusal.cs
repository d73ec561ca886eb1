namespace CallWarden.Web.Verification;

/// <summary>Why no code was sent.</summary>
internal enum IssueRefusal
{
    /// <summary>Codes go to mobile numbers only: a landline or service number cannot receive an SMS.</summary>
    NotMobile,

    /// <summary>The phone got a code less than <see cref="VerificationOptions.ResendInterval"/> ago.</summary>
    TooSoon,

    /// <summary>The phone got <see cref="VerificationOptions.CodesPerPhonePerHour"/> codes in the last hour.</summary>
    TooManyForPhone,

    /// <summary>The client asked for <see cref="VerificationOptions.CodesPerAddressPerHour"/> codes in the last hour.</summary>
    TooManyFromAddress,
}
