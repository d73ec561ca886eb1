namespace CallWarden.Web.Screening;

/// <summary>The shape of <see cref="ScreenAnswer"/>'s line, for the OpenAPI document and clients.</summary>
/// <param name="Action">allow, label, reject, busy, powered_off, not_in_service or voicemail.</param>
/// <param name="SipCode">200 to relay, else the status the proxy answers with.</param>
/// <param name="Label">Shown with a relayed call; null when the call does not ring.</param>
/// <param name="Rule">The deciding rule, e.g. <c>reputation</c>.</param>
/// <param name="Target">The voicemail URI (302 Contact); only for voicemail.</param>
internal sealed record ScreenAnswerBody(
    string Action, int SipCode, string? Label, IReadOnlyList<ScreenReasonBody> Reasons, string DecisionId, string Rule, string? Target, string? Announcement, string? Redress);
