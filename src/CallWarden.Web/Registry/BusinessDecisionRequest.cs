namespace CallWarden.Web.Registry;

/// <summary>An administrator's note with a refusal (optional with an approval).</summary>
internal sealed record BusinessDecisionRequest(string? Note);
