using CallWarden.Channels.Mail;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging.Abstractions;

namespace CallWarden.Channels.Tests.Mail;

public sealed class MailReplySenderTests
{
    private static MailReplySender Sender(MailTestStore store, RecordingTransport relay) =>
        new(store.Contexts, relay, store.Options, store.Time, NullLogger<MailReplySender>.Instance);

    private static async Task<string> ReportAsync(MailTestStore store) =>
        (await store.Mail.AcceptAsync(Samples.Bytes(Samples.Mail("Report 13912345678", "sales call")), Samples.Envelope, TestContext.Current.CancellationToken)).References.Single();

    [Fact]
    public async Task The_acknowledgement_is_sent_once_with_the_reference()
    {
        await using var store = await MailTestStore.CreateAsync();
        var reference = await ReportAsync(store);
        var relay = new RecordingTransport();
        var sender = Sender(store, relay);

        Assert.Equal(1, await sender.RunOnceAsync(TestContext.Current.CancellationToken));
        store.Time.Advance(TimeSpan.FromDays(1));
        Assert.Equal(0, await sender.RunOnceAsync(TestContext.Current.CancellationToken));

        var mail = Assert.Single(relay.Sent);
        Assert.Equal("reporter@example.test", mail.To.Mailboxes.Single().Address);
        Assert.Contains(reference, mail.Subject, StringComparison.Ordinal);
        Assert.Contains(reference, mail.TextBody, StringComparison.Ordinal);
        await using var db = store.Db();
        var row = await db.Outbox.SingleAsync(TestContext.Current.CancellationToken);
        Assert.Equal((store.Time.GetUtcNow() - TimeSpan.FromDays(1), 1, mail.MessageId), (row.SentAt, row.Attempts, row.ExternalId));
    }

    [Fact]
    public async Task A_failed_send_is_retried_after_a_doubling_delay_and_not_before()
    {
        await using var store = await MailTestStore.CreateAsync();
        await ReportAsync(store);
        var relay = new RecordingTransport { Down = true };
        var sender = Sender(store, relay);

        Assert.Equal(0, await sender.RunOnceAsync(TestContext.Current.CancellationToken));
        store.Time.Advance(TimeSpan.FromSeconds(29));
        Assert.Equal(0, await sender.RunOnceAsync(TestContext.Current.CancellationToken));
        store.Time.Advance(TimeSpan.FromSeconds(1));
        Assert.Equal(0, await sender.RunOnceAsync(TestContext.Current.CancellationToken));
        relay.Down = false;
        store.Time.Advance(TimeSpan.FromSeconds(59));
        Assert.Equal(0, await sender.RunOnceAsync(TestContext.Current.CancellationToken));
        store.Time.Advance(TimeSpan.FromSeconds(1));
        Assert.Equal(1, await sender.RunOnceAsync(TestContext.Current.CancellationToken));

        Assert.Single(relay.Sent);
        await using var db = store.Db();
        Assert.Equal(3, (await db.Outbox.SingleAsync(TestContext.Current.CancellationToken)).Attempts);
    }

    [Fact]
    public async Task After_the_last_attempt_the_row_is_kept_with_its_error()
    {
        await using var store = await MailTestStore.CreateAsync();
        store.Options.Relay.MaxAttempts = 2;
        await ReportAsync(store);
        var relay = new RecordingTransport { Down = true };
        var sender = Sender(store, relay);

        for (var i = 0; i < 5; i++)
        {
            await sender.RunOnceAsync(TestContext.Current.CancellationToken);
            store.Time.Advance(TimeSpan.FromHours(2));
        }

        await using var db = store.Db();
        var row = await db.Outbox.SingleAsync(TestContext.Current.CancellationToken);
        Assert.Equal((2, (DateTimeOffset?)null, "relay refused the connection"), (row.Attempts, row.SentAt, row.LastError));
    }

    [Fact]
    public void Delays_double_up_to_an_hour()
    {
        var sender = new MailReplySender(null!, new RecordingTransport(), new MailOptions(), TimeProvider.System, NullLogger<MailReplySender>.Instance);
        Assert.Equal([30, 60, 120, 3600], new[] { 1, 2, 3, 20 }.Select(a => (int)sender.Delay(a).TotalSeconds));
    }

    [Fact]
    public void Options_name_the_bad_key()
    {
        var problems = new MailOptions { Port = 0, MaxMessageBytes = 10, Relay = { From = "not an address" } }.Validate();
        Assert.Contains(problems, p => p.StartsWith("Channels:Mail:Port ", StringComparison.Ordinal));
        Assert.Contains(problems, p => p.StartsWith("Channels:Mail:MaxMessageBytes ", StringComparison.Ordinal));
        Assert.Contains(problems, p => p.StartsWith("Channels:Mail:Relay:From ", StringComparison.Ordinal));
        Assert.Empty(new MailOptions().Validate());
    }
}
