using System.Net;
using System.Security.Cryptography;
using System.Text;
using Microsoft.AspNetCore.Http;

namespace CallWarden.Channels.Sms;

/// <summary>
/// Who may call the SMS endpoints: smsbox, by the shared secret (query or form field <c>secret</c>,
/// or the <c>X-CallWarden-Secret</c> header) and, when configured, from an allowed address.
/// </summary>
internal static class KannelGateway
{
    public const string SecretHeader = "X-CallWarden-Secret";

    /// <returns>null when allowed; 403 for an address outside the allowlist; 401 for a missing or wrong secret.</returns>
    public static int? Refusal(HttpContext http, IReadOnlyDictionary<string, string> fields, SmsChannelOptions options)
    {
        if (options.AllowedAddresses.Count > 0)
        {
            var remote = http.Connection.RemoteIpAddress;
            var mapped = remote?.IsIPv4MappedToIPv6 == true ? remote.MapToIPv4() : remote;
            if (mapped is null || !options.AllowedAddresses.Any(a => IPAddress.TryParse(a, out var allowed) && allowed.Equals(mapped)))
            {
                return StatusCodes.Status403Forbidden;
            }
        }

        // The query as ASP.NET read it still holds the secret when the MO itself was unreadable.
        var presented = fields.TryGetValue("secret", out var field) ? field
            : http.Request.Query.TryGetValue("secret", out var query) && query.Count == 1 ? query[0]
            : http.Request.Headers.TryGetValue(SecretHeader, out var header) && header.Count == 1 ? header[0] : null;
        return presented is not null && Same(presented, options.Secret) ? null : StatusCodes.Status401Unauthorized;
    }

    private static bool Same(string presented, string secret) =>
        CryptographicOperations.FixedTimeEquals(SHA256.HashData(Encoding.UTF8.GetBytes(presented)), SHA256.HashData(Encoding.UTF8.GetBytes(secret)));
}
