using Microsoft.EntityFrameworkCore;

namespace CallWarden.Channels.Tests.Sms;

/// <summary>A Kannel message id is its sender's own: another phone's message with the same id is another message (issue #9 part 2).</summary>
public sealed class SmsIdempotencyTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Two_phones_with_one_kannel_id_at_once_file_two_reports_and_each_is_answered()
    {
        await using var app = await SmsTestApp.StartAsync();

        await Task.WhenAll(
            app.MoAsync("13800138000", "12321", "13912345678*2026-11-29 14:30", "7"),
            app.MoAsync("13700137000", "12321", "13912345679*2026-11-29 15:30", "7"),
            app.MoAsync("13600136000", "12321", "hello", "7"),
            app.MoAsync("13500135000", "12321", "hello", "7"));
        await app.Outbox.DeliverDueAsync(Ct);

        var reports = await app.DbAsync(db => db.Reports.Select(r => new { r.Reporter!.Identity, r.Target }).ToListAsync());
        Assert.Equal([("+8613700137000", 8613912345679L), ("+8613800138000", 8613912345678L)], reports.Select(r => (r.Identity, r.Target)).Order());
        Assert.Equal(["+8613500135000", "+8613600136000", "+8613700137000", "+8613800138000"], app.Kannel.Requests.Select(r => FakeKannel.Field(r, "to")).Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task One_phone_reusing_a_kannel_id_for_another_text_files_it_as_a_new_message()
    {
        await using var app = await SmsTestApp.StartAsync();

        await app.MoAsync("13800138000", "12321", "13912345678*2026-11-29 14:30", "9");
        await app.MoAsync("13800138000", "12321", "13912345678*2026-11-29 14:30", "9");
        await app.MoAsync("13800138000", "12321", "13912345670*2026-11-29 16:00", "9");
        await app.MoAsync("13800138000", "12321", "13912345670*2026-11-29 16:00", "9");

        var targets = await app.DbAsync(db => db.Reports.OrderBy(r => r.Id).Select(r => r.Target).ToListAsync());
        Assert.Equal([8613912345678L, 8613912345670L], targets);
    }
}
