using System.Globalization;
using System.Net;
using System.Text;

namespace CallWarden.Channels.Sms;

/// <summary>
/// One MT through Kannel's <c>sendsms</c>. Text outside GSM's basic ASCII goes as UCS-2
/// (<c>coding=2&amp;charset=UTF-8</c>); Kannel splits and concatenates long texts itself
/// (the sendsms-user's <c>concatenation</c> and <c>max-messages</c>).
/// </summary>
internal sealed class KannelSendSms(HttpClient http, SmsChannelOptions options)
{
    /// <param name="sender">The number to send from (Kannel's <c>from</c>); null for the configured sender.</param>
    public async Task<SendOutcome> SendAsync(string recipient, string text, long outboxId, CancellationToken cancellationToken, string? sender = null)
    {
        var query = new StringBuilder(options.SendSmsUrl).Append(options.SendSmsUrl.Contains('?', StringComparison.Ordinal) ? '&' : '?');
        Add(query, "username", options.Username);
        Add(query, "password", options.Password);
        Add(query, "from", sender ?? options.Sender);
        Add(query, "to", recipient);
        Add(query, "text", text);
        if (!IsPlainAscii(text))
        {
            Add(query, "coding", "2");
            Add(query, "charset", "UTF-8");
        }

        if (options.DeliveryReportUrl.Length > 0)
        {
            // Kannel calls this back with %d (1 delivered, 2 failed, 4 buffered, 8 SMSC accepted, 16 SMSC refused).
            var separator = options.DeliveryReportUrl.Contains('?', StringComparison.Ordinal) ? '&' : '?';
            Add(query, "dlr-mask", "27");
            Add(query, "dlr-url", string.Create(CultureInfo.InvariantCulture,
                $"{options.DeliveryReportUrl}{separator}secret={Uri.EscapeDataString(options.Secret)}&id={outboxId}&status=%d&answer=%A"));
        }

        query.Length--;
        try
        {
            using var response = await http.GetAsync(new Uri(query.ToString()), cancellationToken);
            var body = await response.Content.ReadAsStringAsync(cancellationToken);
            var said = $"{(int)response.StatusCode} {Shorten(body)}";
            return response.StatusCode switch
            {
                HttpStatusCode.Accepted or HttpStatusCode.OK => SendOutcome.Ok,
                >= HttpStatusCode.InternalServerError or HttpStatusCode.TooManyRequests or HttpStatusCode.RequestTimeout => SendOutcome.Later("sendsms " + said),
                _ => SendOutcome.Refused("sendsms " + said),
            };
        }
        catch (HttpRequestException e)
        {
            // Kannel down or unreachable: nothing was accepted, so sending again is safe.
            return SendOutcome.Later("sendsms unreachable: " + Shorten(e.Message));
        }
        catch (TaskCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            return SendOutcome.Later("sendsms timed out");
        }
    }

    internal static bool IsPlainAscii(string text) => text.All(c => c is >= ' ' and <= '~' or '\n');

    private static void Add(StringBuilder query, string name, string value) =>
        query.Append(name).Append('=').Append(Uri.EscapeDataString(value)).Append('&');

    private static string Shorten(string text) => text.Length <= 200 ? text.Trim() : text[..200];
}
