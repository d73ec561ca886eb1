using System.Buffers;
using SmtpServer;
using SmtpServer.Protocol;
using SmtpServer.Storage;

namespace CallWarden.Bench.Channels;

/// <summary>The baseline's store: accepts every mail and keeps nothing, so only SmtpServer and the client are measured.</summary>
internal sealed class DiscardingMessageStore : MessageStore
{
    public override Task<SmtpResponse> SaveAsync(ISessionContext context, IMessageTransaction transaction, ReadOnlySequence<byte> buffer, CancellationToken cancellationToken) =>
        Task.FromResult(SmtpResponse.Ok);
}
