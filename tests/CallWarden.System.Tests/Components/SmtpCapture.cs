using global::System.Buffers;
using global::System.Collections.Concurrent;
using global::System.Net;
using SmtpServer;
using SmtpServer.ComponentModel;
using SmtpServer.Protocol;
using SmtpServer.Storage;

namespace CallWarden.System.Tests.Components;

/// <summary>A local SMTP server standing in for the relay: it keeps every mail it is given.</summary>
internal sealed class SmtpCapture : MessageStore, IDisposable
{
    private readonly CancellationTokenSource _stop = new();
    private readonly Task _running;

    public SmtpCapture(int port)
    {
        var options = new SmtpServerOptionsBuilder().ServerName("relay").Endpoint(b => b.Endpoint(new IPEndPoint(IPAddress.Loopback, port))).Build();
        var services = new ServiceProvider();
        services.Add(this);
        _running = new SmtpServer.SmtpServer(options, services).StartAsync(_stop.Token);
    }

    public ConcurrentQueue<string> Mails { get; } = new();

    public override Task<SmtpResponse> SaveAsync(ISessionContext context, IMessageTransaction transaction, ReadOnlySequence<byte> buffer, CancellationToken cancellationToken)
    {
        Mails.Enqueue(global::System.Text.Encoding.UTF8.GetString(buffer.ToArray()));
        return Task.FromResult(SmtpResponse.Ok);
    }

    public void Dispose()
    {
        _stop.Cancel();
        try
        {
            _running.Wait(TimeSpan.FromSeconds(5));
        }
        catch (AggregateException)
        {
            // stopping by cancellation is how it ends
        }

        _stop.Dispose();
    }
}
