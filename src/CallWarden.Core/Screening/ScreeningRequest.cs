namespace CallWarden.Core.Screening;

/// <summary>One call to screen, as the proxy sees it; the engine normalises both numbers itself.</summary>
/// <param name="Caller">The calling number as signalled (E.164, national, <c>anonymous</c> …).</param>
/// <param name="Callee">The subscriber being called.</param>
/// <param name="At">When the call arrived; quiet hours, entry expiry and carrier restrictions are judged at this instant.</param>
/// <param name="Attestation">STIR/SHAKEN attestation <c>A</c>, <c>B</c> or <c>C</c>; null when the call carried no verified identity.</param>
/// <param name="VerificationFailed">The call carried an identity header that failed verification.</param>
/// <param name="ArrivedOverInternationalGateway">The call entered the network from abroad, whatever number it shows.</param>
/// <param name="CallId">The SIP Call-ID, for logs only.</param>
public sealed record ScreeningRequest(
    string Caller,
    string Callee,
    DateTimeOffset At,
    string? Attestation = null,
    bool VerificationFailed = false,
    Presentation Presentation = Presentation.Normal,
    bool ArrivedOverInternationalGateway = false,
    string? CallId = null);
