using CallWarden.Core.Numbers;
using CallWarden.Core.Privacy;
using CallWarden.Data.Intake;
using CallWarden.Data.Privacy;
using CallWarden.Data.Tests.Intake;
using CallWarden.Data.Tests.Storage;
using Microsoft.EntityFrameworkCore;

namespace CallWarden.Data.Tests.Privacy;

public sealed class ConsentLedgerTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Theory]
    [MemberData(nameof(TestStore.Providers), MemberType = typeof(TestStore))]
    public async Task Every_report_records_its_reporter_s_consent_with_notice_purpose_channel_and_time_but_an_import(string provider)
    {
        await using var store = await TestStore.CreateAsync(provider);
        await using var intake = new ReportIntake(store.Contexts, store.Time, notice: "privacy-2027-01");
        var now = store.Time.GetUtcNow();

        var results = await Task.WhenAll(
            intake.SubmitAsync(Submissions.Sms(now), Ct),
            intake.SubmitAsync(Submissions.Api(now, 1), Ct),
            intake.SubmitAsync(Submissions.Api(now, 2) with { Channel = IntakeChannel.Web, ConsentNotice = "privacy-2026-12" }, Ct),
            intake.SubmitAsync(Submissions.Api(now, 3) with { Channel = IntakeChannel.Email, ReporterIdentity = "mail:ann@example.cn" }, Ct),
            intake.SubmitAsync(Submissions.Api(now, 4) with { Channel = IntakeChannel.Import, ReporterIdentity = "import:ftc" }, Ct));

        Assert.All(results, r => Assert.True(r.Accepted, string.Join("; ", r.Errors)));
        await using var db = store.Open();
        var consents = await db.Consents.AsNoTracking().OrderBy(c => c.Subject).ToListAsync(Ct);
        Assert.Equal(
            [
                ("+8613700001111", (long?)8613700001111, "privacy-2027-01", IntakeChannel.Sms),
                ("client:1", null, "privacy-2027-01", IntakeChannel.Api),
                ("client:2", null, "privacy-2026-12", IntakeChannel.Web),
                ("mail:ann@example.cn", null, "privacy-2027-01", IntakeChannel.Email),
            ],
            consents.Select(c => (c.Subject, c.Phone, c.Notice, c.Channel)));
        Assert.All(consents, c => Assert.Equal(ConsentPurpose.Report, c.Purpose));
        Assert.All(consents, c => Assert.Equal(now, c.At));
    }

    [Theory]
    [MemberData(nameof(TestStore.Providers), MemberType = typeof(TestStore))]
    public async Task A_sign_up_is_recorded_once_per_notice_and_purpose(string provider)
    {
        await using var store = await TestStore.CreateAsync(provider);
        var phone = PhoneNumberNormalizer.Default.Normalize("13700001111");
        var ledger = new ConsentLedger(store.Contexts, PrivacyNotices.Shipped, store.Time);

        await ledger.RecordAsync(phone, ConsentPurpose.SignIn, IntakeChannel.Web, Ct);
        store.Time.Advance(TimeSpan.FromHours(1));
        await ledger.RecordAsync(phone, ConsentPurpose.SignIn, IntakeChannel.Web, Ct);
        await ledger.RecordAsync(phone, ConsentPurpose.Screening, IntakeChannel.Sms, Ct);

        await using var db = store.Open();
        var consents = await db.Consents.AsNoTracking().OrderBy(c => c.Id).ToListAsync(Ct);
        Assert.Equal([(ConsentPurpose.SignIn, IntakeChannel.Web, TestStore.Start), (ConsentPurpose.Screening, IntakeChannel.Sms, TestStore.Start.AddHours(1))],
            consents.Select(c => (c.Purpose, c.Channel, c.At)));
        Assert.All(consents, c => Assert.Equal(("+8613700001111", (long?)8613700001111, PrivacyNotices.Shipped.Current), (c.Subject, c.Phone, c.Notice)));
    }
}
