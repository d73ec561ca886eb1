namespace CallWarden.Web.Cases;

/// <summary>
/// The body of a case transition. Every transition needs a reason for the audit trail; routing may
/// name the carrier (default: the number's attributed carrier); a merge names the target case;
/// a carrier action names its kind and, for a restriction, its days; a dispute decision says
/// whether the holder was right; routing with <c>police</c> refers the case to the police as well
/// (threats and fraud go there anyway).
/// </summary>
internal sealed record CaseRequest(string? Reason, string? Carrier = null, long? Into = null, string? Kind = null, int? Days = null, bool? Upheld = null, bool? Police = null);
