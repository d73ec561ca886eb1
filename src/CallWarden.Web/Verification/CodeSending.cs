namespace CallWarden.Web.Verification;

/// <summary>
/// What asking for a code gave: sent (with the code itself only in a demo without SMS), or a message
/// saying what to do, beside the phone field (<see cref="AboutPhone"/>) or beside the code field.
/// </summary>
internal sealed record CodeSending(bool Sent, string? DemoCode, string? Problem, bool AboutPhone = false);
