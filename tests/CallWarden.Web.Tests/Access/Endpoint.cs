namespace CallWarden.Web.Tests.Access;

/// <summary>
/// One endpoint of the matrix: its route as the endpoint table writes it, the request to send,
/// and the status each identity must get. Bodies are empty objects, so that a caller who is let
/// in gets 400 for the missing fields and nothing changes between rows.
/// </summary>
internal sealed record Endpoint(string Method, string Route, string Path, Func<Identity, int> Expected, bool HasBody = false)
{
    public override string ToString() => $"{Method} {Path}";
}
