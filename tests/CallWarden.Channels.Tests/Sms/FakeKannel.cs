using System.Net;
using System.Web;

namespace CallWarden.Channels.Tests.Sms;

/// <summary>Kannel's sendsms as an HTTP handler: records every request, answers as <see cref="Answer"/> says.</summary>
internal sealed class FakeKannel : HttpMessageHandler
{
    private readonly List<Uri> _requests = [];

    /// <summary>null: the connection is refused, as when Kannel is down.</summary>
    public HttpStatusCode? Answer { get; set; } = HttpStatusCode.Accepted;

    public IReadOnlyList<Uri> Requests
    {
        get
        {
            lock (_requests)
            {
                return [.. _requests];
            }
        }
    }

    public IEnumerable<string> Texts => Requests.Select(r => HttpUtility.ParseQueryString(r.Query)["text"]!);

    public static string Field(Uri request, string name) => HttpUtility.ParseQueryString(request.Query)[name] ?? string.Empty;

    protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        lock (_requests)
        {
            _requests.Add(request.RequestUri!);
        }

        return Answer is { } status
            ? Task.FromResult(new HttpResponseMessage(status) { Content = new StringContent(status == HttpStatusCode.Accepted ? "0: Accepted for delivery" : "3: Temporal failure") })
            : Task.FromException<HttpResponseMessage>(new HttpRequestException("Connection refused"));
    }
}
