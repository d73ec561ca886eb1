using System.Buffers;
using SmtpServer;
using SmtpServer.Protocol;
using SmtpServer.Storage;

namespace CallWarden.Channels.Mail;

/// <summary>Where SmtpServer hands each mail after DATA: its answer is the SMTP reply the sender sees.</summary>
internal sealed class ReportMessageStore(MailIntake intake, Action<Exception> onFailure) : MessageStore
{
    public override async Task<SmtpResponse> SaveAsync(ISessionContext context, IMessageTransaction transaction, ReadOnlySequence<byte> buffer, CancellationToken cancellationToken)
    {
        var from = transaction.From is { } path && !string.IsNullOrEmpty(path.User) ? $"{path.User}@{path.Host}" : null;
        try
        {
            var outcome = await intake.AcceptAsync(buffer.ToArray(), from, cancellationToken).ConfigureAwait(false);
            var code = outcome.Code == 250 ? SmtpReplyCode.Ok : SmtpReplyCode.TransactionFailed;
            return new SmtpResponse(code, outcome.Text);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            // Our fault, not the mail's (the store is down): the sender's server keeps the mail and retries.
            onFailure(e);
            return new SmtpResponse(SmtpReplyCode.ServiceUnavailable, "4.3.0 the report could not be stored now; try again later");
        }
    }
}
