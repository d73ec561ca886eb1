using System.Net;
using CallWarden.Data.Outbox;
using Microsoft.EntityFrameworkCore;

namespace CallWarden.Channels.Tests.Sms;

public sealed class SmsOutboxTests
{
    [Fact]
    public async Task While_kannel_is_down_the_message_waits_with_growing_delays_and_goes_once_it_is_back()
    {
        await using var app = await SmsTestApp.StartAsync();
        var ct = TestContext.Current.CancellationToken;
        app.Kannel.Answer = null;
        await app.MoAsync("13800138000", "12321", "KTLJ", "down-1");

        Assert.Equal(0, await app.Outbox.DeliverDueAsync(ct));
        Assert.Equal(0, await app.Outbox.DeliverDueAsync(ct));
        app.Time.Advance(TimeSpan.FromSeconds(5));
        Assert.Equal(0, await app.Outbox.DeliverDueAsync(ct));
        app.Time.Advance(TimeSpan.FromSeconds(9));
        Assert.Equal(0, await app.Outbox.DeliverDueAsync(ct));
        var waiting = Assert.Single(await app.OutboxRowsAsync());
        Assert.Equal(2, waiting.Attempts);
        Assert.Equal(app.Time.GetUtcNow() - TimeSpan.FromSeconds(9) + TimeSpan.FromSeconds(10), waiting.NextAttemptAt);
        Assert.StartsWith("sendsms unreachable", waiting.LastError, StringComparison.Ordinal);

        app.Kannel.Answer = HttpStatusCode.Accepted;
        app.Time.Advance(TimeSpan.FromSeconds(1));
        Assert.Equal(1, await app.Outbox.DeliverDueAsync(ct));
        app.Time.Advance(TimeSpan.FromHours(1));
        Assert.Equal(0, await app.Outbox.DeliverDueAsync(ct));

        Assert.Equal(3, app.Kannel.Requests.Count);
        var sent = Assert.Single(await app.OutboxRowsAsync());
        Assert.Equal(app.Time.GetUtcNow() - TimeSpan.FromHours(1), sent.SentAt);
        Assert.Null(sent.LastError);
    }

    [Fact]
    public async Task A_message_kannel_accepted_is_never_sent_again()
    {
        await using var app = await SmsTestApp.StartAsync();
        var ct = TestContext.Current.CancellationToken;
        await app.MoAsync("13800138000", "12321", "TD", "once-1");

        var first = app.Outbox.DeliverDueAsync(ct);
        var second = app.Outbox.DeliverDueAsync(ct);
        await Task.WhenAll(first, second);
        for (var i = 0; i < 5; i++)
        {
            app.Time.Advance(TimeSpan.FromDays(1));
            await app.Outbox.DeliverDueAsync(ct);
        }

        Assert.Single(app.Kannel.Requests);
    }

    [Fact]
    public async Task A_refusing_kannel_is_retried_with_back_off_and_the_message_is_parked_after_the_last_attempt()
    {
        await using var app = await SmsTestApp.StartAsync(new() { ["Channels:Sms:MaxAttempts"] = "3" });
        var ct = TestContext.Current.CancellationToken;
        app.Kannel.Answer = HttpStatusCode.Forbidden;
        await app.MoAsync("13800138000", "12321", "TD", "refused-1");

        for (var i = 0; i < 10; i++)
        {
            await app.Outbox.DeliverDueAsync(ct);
            app.Time.Advance(TimeSpan.FromMinutes(10));
        }

        var parked = Assert.Single(await app.OutboxRowsAsync());
        Assert.Equal(3, app.Kannel.Requests.Count);
        Assert.Null(parked.SentAt);
        Assert.StartsWith("sendsms 403", parked.LastError, StringComparison.Ordinal);
        Assert.True(parked.NextAttemptAt > app.Time.GetUtcNow().AddYears(50));
    }

    [Fact]
    public async Task A_row_whose_template_has_no_sms_text_is_parked_without_calling_kannel()
    {
        await using var app = await SmsTestApp.StartAsync();
        await app.DbAsync(async db =>
        {
            db.Outbox.Add(new OutboxMessage
            {
                Channel = OutboxChannel.Sms, Recipient = "+8613800138000", Language = "en", TemplateKey = "no.such.template",
                Parameters = """{"reference":"R20261130-000001"}""", DedupKey = "test:1", CreatedAt = SmsTestApp.Start, NextAttemptAt = SmsTestApp.Start,
            });
            return await db.SaveChangesAsync();
        });

        await app.Outbox.DeliverDueAsync(TestContext.Current.CancellationToken);

        Assert.Empty(app.Kannel.Requests);
        Assert.Contains("no.such.template", (await app.OutboxRowsAsync()).Single().LastError, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Mail_rows_are_left_to_the_mail_sender()
    {
        await using var app = await SmsTestApp.StartAsync();
        await app.DbAsync(async db =>
        {
            db.Outbox.Add(new OutboxMessage
            {
                Channel = OutboxChannel.Email, Recipient = "ann@example.cn", Language = "en", Body = "hi",
                DedupKey = "test:mail", CreatedAt = SmsTestApp.Start, NextAttemptAt = SmsTestApp.Start,
            });
            return await db.SaveChangesAsync();
        });

        await app.Outbox.DeliverDueAsync(TestContext.Current.CancellationToken);

        Assert.Empty(app.Kannel.Requests);
        Assert.Equal(0, (await app.OutboxRowsAsync()).Single().Attempts);
    }
}
