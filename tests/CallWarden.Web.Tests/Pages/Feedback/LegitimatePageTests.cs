using System.Net;
using System.Net.Http.Json;
using CallWarden.Core.Reputation;
using CallWarden.Data.Access;
using CallWarden.Data.Intake;
using CallWarden.Web.Access;
using CallWarden.Web.Tests.Site;
using Microsoft.EntityFrameworkCore;

namespace CallWarden.Web.Tests.Pages.Feedback;

public sealed class LegitimatePageTests
{
    private const string Person = "13700137000";
    private const string Number = "13800000001";
    private const long NumberE164 = 8613800000001;
    private const string Page = $"/numbers/{Number}/legitimate";

    private static readonly Dictionary<string, string?> ShowCodes = new() { ["Web:Verification:ShowCodes"] = "true" };

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task The_page_needs_a_phone_sign_in_and_the_sign_in_brings_the_person_back()
    {
        await using var api = await TestApi.StartAsync(ShowCodes);
        using var person = new PageVisitor(api, "en-GB");

        var asked = await person.GetAsync(Page, follow: false);
        var back = await person.SignInAsync(Person, Page);

        Assert.Equal(HttpStatusCode.Redirect, asked.Status);
        Assert.EndsWith($"/sign-in?returnUrl=%2Fnumbers%2F{Number}%2Flegitimate", asked.Location, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, back.Status);
        Assert.Contains("<h1>Tell us +8613800000001 is legitimate</h1>", person.Text, StringComparison.Ordinal);
        Assert.Contains("You are signed in as +8613700137000", person.Text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("zh-CN", "如果您认识这个号码，请勾选上面的确认")]
    [InlineData("zh-TW", "如果您認識這個號碼，請勾選上面的確認")]
    [InlineData("en-GB", "Tick the box if you know who this number is")]
    public async Task Sending_without_the_confirmation_is_worded_beside_the_box_and_files_nothing(string language, string message)
    {
        await using var api = await TestApi.StartAsync(ShowCodes);
        using var person = new PageVisitor(api, language);
        await person.SignInAsync(Person, Page);

        var answer = await person.PostAsync(Page, ("Note", "my school"));

        Assert.Equal(HttpStatusCode.OK, answer.Status);
        Assert.Equal(message, person.ErrorBeside("Confirmed"));
        Assert.Equal([message], person.ErrorSummary());
        await using var db = api.Open();
        Assert.Equal(0, await db.Reports.CountAsync(Ct));
    }

    [Fact]
    public async Task Feedback_goes_through_intake_once_per_phone_and_number_and_counts_against_the_reports()
    {
        await using var api = await TestApi.StartAsync(ShowCodes);
        using var gateway = await ReportsKeyAsync(api);
        foreach (var reporter in new[] { "13900000011", "13900000012", "13900000013", "13900000014" })
        {
            (await gateway.PostAsJsonAsync("/api/v1/reports", new { target = Number, category = "marketing", reporterPhone = reporter }, Ct)).EnsureSuccessStatusCode();
        }

        var reported = await ScoreAsync(api);
        using var person = new PageVisitor(api, "zh-CN");
        await person.SignInAsync(Person, Page);

        var sent = await person.PostAsync(Page, [new("Confirmed", "true"), new("Note", "孩子的学校")], follow: false);
        var confirmation = await person.GetAsync(sent.Location!);
        var scored = await ScoreAsync(api);
        var again = await person.PostAsync(Page, [new("Confirmed", "true"), new("Note", "again")]);

        Assert.Equal(HttpStatusCode.Redirect, sent.Status);
        Assert.Equal(HttpStatusCode.OK, confirmation.Status);
        Assert.Contains("2026年11月30日，您告诉我们 +8613800000001 是正当号码。", person.Text, StringComparison.Ordinal);
        Assert.Contains("href=\"/numbers/+8613800000001\"", person.Text, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, again.Status);
        Assert.True(scored < reported, $"the score stayed at {scored} (was {reported})");
        Assert.Equal(scored, await ScoreAsync(api));
        await using var db = api.Open();
        var feedback = await db.Reports.AsNoTracking().Include(r => r.Reporter).SingleAsync(r => r.Kind == EvidenceKind.LegitimateFeedback, Ct);
        Assert.Equal((IntakeChannel.Web, NumberE164, 8613700137000L, "孩子的学校"), (feedback.Channel, feedback.Target, feedback.Reporter!.Phone!.Value, feedback.Reason));
    }

    [Fact]
    public async Task Another_phone_has_its_own_say_about_the_same_number()
    {
        await using var api = await TestApi.StartAsync(ShowCodes);
        using var first = new PageVisitor(api, "en-GB");
        using var second = new PageVisitor(api, "en-GB");
        await first.SignInAsync(Person, Page);
        await first.PostAsync(Page, ("Confirmed", "true"));

        await second.SignInAsync("13700137001", Page);

        Assert.Contains("Tell us +8613800000001 is legitimate", second.Text, StringComparison.Ordinal);
        await second.PostAsync(Page, ("Confirmed", "true"));
        await using var db = api.Open();
        Assert.Equal(2, await db.Reports.CountAsync(r => r.Kind == EvidenceKind.LegitimateFeedback && r.Target == NumberE164, Ct));
    }

    [Fact]
    public async Task A_phone_that_reached_the_reporters_hourly_limit_through_the_API_is_told_when_to_try_again()
    {
        await using var api = await TestApi.StartAsync(new Dictionary<string, string?>(ShowCodes) { ["ReporterLimits:ReportsPerHour"] = "1" });
        using var gateway = await ReportsKeyAsync(api);
        (await gateway.PostAsJsonAsync("/api/v1/reports", new { target = "13900000099", category = "fraud", reporterPhone = Person }, Ct)).EnsureSuccessStatusCode();
        using var person = new PageVisitor(api, "en-GB");
        await person.SignInAsync(Person, Page);

        var answer = await person.PostAsync(Page, ("Confirmed", "true"));

        Assert.Equal(HttpStatusCode.TooManyRequests, answer.Status);
        Assert.Equal("You have sent too many reports and confirmations in the last hour. Try again in 60 minutes", person.ErrorBeside("Confirmed"));
        await using var db = api.Open();
        Assert.Equal(0, await db.Reports.CountAsync(r => r.Kind == EvidenceKind.LegitimateFeedback, Ct));
    }

    [Theory]
    [InlineData("not-a-number")]
    [InlineData("110")]
    public async Task A_number_that_cannot_be_vouched_for_is_not_found(string number)
    {
        await using var api = await TestApi.StartAsync(ShowCodes);
        using var person = new PageVisitor(api);
        await person.SignInAsync(Person);

        var answer = await person.GetAsync($"/numbers/{number}/legitimate");

        Assert.Equal(HttpStatusCode.NotFound, answer.Status);
    }

    private static async Task<HttpClient> ReportsKeyAsync(TestApi api)
    {
        var (_, secret) = await api.Get<AccessAccounts>().CreateKeyAsync("form", AccessRole.Client, [Scopes.ReportsWrite], cancellationToken: Ct);
        return api.WithKey(secret);
    }

    private static async Task<int> ScoreAsync(TestApi api)
    {
        await using var db = api.Open();
        return await db.Reputations.Where(r => r.Number == NumberE164).Select(r => r.Score).SingleAsync(Ct);
    }
}
