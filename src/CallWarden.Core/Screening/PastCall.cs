namespace CallWarden.Core.Screening;

/// <summary>A call from the subscriber's history, with what the proxy knew of it then.</summary>
public sealed record PastCall(
    string Caller,
    string Callee,
    DateTimeOffset At,
    string? Attestation = null,
    bool VerificationFailed = false,
    Presentation Presentation = Presentation.Normal,
    bool ArrivedOverInternationalGateway = false,
    string? CallId = null)
{
    public ScreeningRequest ToRequest() =>
        new(Caller, Callee, At, Attestation, VerificationFailed, Presentation, ArrivedOverInternationalGateway, CallId);
}
