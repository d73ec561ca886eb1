namespace CallWarden.Web.Privacy;

/// <summary>The body of <c>POST /api/v1/me/withdrawal</c>: <c>{"confirm": true}</c>, since a withdrawal cannot be undone.</summary>
internal sealed record WithdrawalRequest(bool? Confirm);
