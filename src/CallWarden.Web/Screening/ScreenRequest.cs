namespace CallWarden.Web.Screening;

/// <summary>The body of <c>POST /screen</c> as the proxy sends it (deploy/kamailio/kamailio.cfg).</summary>
/// <param name="Attest">STIR/SHAKEN attestation A, B or C; empty when the call carried none.</param>
/// <param name="Callid">The SIP Call-ID, for logs.</param>
/// <param name="Src">The address the INVITE came from, for logs.</param>
/// <param name="Presentation"><c>allowed</c>, <c>restricted</c> or <c>unavailable</c>; empty means allowed.</param>
internal sealed record ScreenRequest(string? Caller, string? Callee, string? Attest, string? Callid, string? Src, string? Presentation);
