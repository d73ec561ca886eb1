using CallWarden.Core.Cases;
using CallWarden.Core.Numbers;
using Microsoft.EntityFrameworkCore;

namespace CallWarden.Channels.Tests.Sms;

/// <summary>
/// A withheld caller reported by SMS, through <c>/sms/mo</c> to intake (issue #14 item 8): the phone that
/// texted is the line the hidden caller rang, and the case goes to that line's carrier, which can trace the call.
/// </summary>
public sealed class SmsWithheldCallerApiTests
{
    private const string ChinaMobileLine = "13800138000";

    [Fact]
    public async Task A_withheld_caller_texted_to_12321_is_filed_for_the_line_that_texted_and_routed_to_its_carrier()
    {
        await using var app = await SmsTestApp.StartAsync();

        await app.MoAsync(ChinaMobileLine, "12321", "未显示号码*昨天下午3点", "w1");
        await app.Outbox.DeliverDueAsync(TestContext.Current.CancellationToken);

        var report = Assert.Single(await app.DbAsync(db => db.Reports.AsNoTracking().ToListAsync()));
        var filed = Assert.Single(await app.DbAsync(db => db.Cases.AsNoTracking().ToListAsync()));
        Assert.Equal(0, report.Target);
        Assert.Equal(new DateTimeOffset(2026, 11, 29, 15, 0, 0, TimeSpan.FromHours(8)), report.OccurredAt);
        Assert.Equal((NumberKind.Anonymous, 8613800138000L, "china_mobile", CaseState.Forwarded), (filed.NumberKind, filed.CalledNumber, filed.CarrierCode, filed.State));
        var ack = Assert.Single(app.Kannel.Requests);
        Assert.Equal("12321", FakeKannel.Field(ack, "from"));
        Assert.Contains(report.Reference, FakeKannel.Field(ack, "text"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_withheld_caller_texted_to_another_carriers_number_goes_to_the_carrier_that_can_trace_the_call()
    {
        await using var app = await SmsTestApp.StartAsync();

        // A China Mobile subscriber texts China Unicom's number: only China Mobile has the call in its records.
        await app.MoAsync(ChinaMobileLine, "10010999", "未显示号码*昨天下午3点", "w2");
        await app.Outbox.DeliverDueAsync(TestContext.Current.CancellationToken);

        var filed = Assert.Single(await app.DbAsync(db => db.Cases.AsNoTracking().ToListAsync()));
        Assert.Equal((8613800138000L, "china_mobile", CaseState.Forwarded), (filed.CalledNumber, filed.CarrierCode, filed.State));
        var ack = Assert.Single(app.Kannel.Requests);
        Assert.Equal("10010999", FakeKannel.Field(ack, "from"));
    }
}
