namespace CallWarden.Web.Rules;

/// <summary>One allowlist or blocklist entry to add; <c>version</c>, when given, must be the stored one.</summary>
/// <param name="Effect"><c>allow</c> or <c>block</c> (the default).</param>
/// <param name="Disposition">For a block: reject (the default), busy, powered_off, not_in_service or voicemail.</param>
internal sealed record NewEntryRequest(string? Pattern, string? Effect, string? Disposition, DateTimeOffset? ExpiresAt, string? Note, long? Version);
