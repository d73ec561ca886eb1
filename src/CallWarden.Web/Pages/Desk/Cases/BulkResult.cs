namespace CallWarden.Web.Pages.Desk.Cases;

/// <summary>What a bulk action did: how many cases changed, and each case it left as it was with the reason.</summary>
internal sealed record BulkResult(int Changed, IReadOnlyList<(long Id, string Why)> Refused);
