using System.Net;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using SmtpServer;
using SmtpServer.ComponentModel;

namespace CallWarden.Channels.Mail;

/// <summary>The SMTP listener mail transfer agents deliver report mails to.</summary>
internal sealed partial class MailListener(MailIntake intake, MailOptions options, ILogger<MailListener> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (!options.Enabled)
        {
            return;
        }

        var server = Create(intake, options, LogFailure);
        LogListening(options.Address, options.Port, options.MaxMessageBytes);
        await server.StartAsync(stoppingToken).ConfigureAwait(false);
    }

    public static SmtpServer.SmtpServer Create(MailIntake intake, MailOptions options, Action<Exception> onFailure)
    {
        var serverOptions = new SmtpServerOptionsBuilder()
            .ServerName(options.ServerName)
            .Endpoint(b => b.Endpoint(new IPEndPoint(IPAddress.Parse(options.Address), options.Port)))
            .MaxMessageSize(options.MaxMessageBytes, MaxMessageSizeHandling.Strict)
            .Build();
        var services = new ServiceProvider();
        services.Add(new ReportMessageStore(intake, onFailure));
        return new SmtpServer.SmtpServer(serverOptions, services);
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Mail intake listening on {Address}:{Port} (at most {MaxBytes} bytes a mail)")]
    private partial void LogListening(string address, int port, int maxBytes);

    [LoggerMessage(Level = LogLevel.Error, Message = "A report mail could not be stored; the sender was told to retry")]
    private partial void LogFailure(Exception exception);
}
