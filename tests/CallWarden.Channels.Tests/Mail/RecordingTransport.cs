using CallWarden.Channels.Mail;
using MimeKit;

namespace CallWarden.Channels.Tests.Mail;

/// <summary>A relay that keeps what it is given, or refuses while <see cref="Down"/>.</summary>
internal sealed class RecordingTransport : IReplyTransport
{
    public List<MimeMessage> Sent { get; } = [];

    public bool Down { get; set; }

    public Task<string> SendAsync(MimeMessage message, CancellationToken cancellationToken)
    {
        if (Down)
        {
            throw new IOException("relay refused the connection");
        }

        Sent.Add(message);
        return Task.FromResult("250 queued");
    }
}
