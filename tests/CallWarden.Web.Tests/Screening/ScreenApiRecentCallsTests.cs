using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using CallWarden.Core.Numbers;
using CallWarden.Core.Screening;
using CallWarden.Data.Access;
using CallWarden.Data.Rules;
using CallWarden.Data.Screening;
using CallWarden.Web.Access;

namespace CallWarden.Web.Tests.Screening;

/// <summary>
/// The quiet-hours repeat pass on live calls (issue #12 part 4): <c>POST /screen</c> remembers each
/// callee's recent callers, so an urgent caller who calls again within the window gets through.
/// </summary>
public sealed class ScreenApiRecentCallsTests : IAsyncLifetime
{
    private const string Subscriber = "13912345678";
    private const string Neighbour = "13987654321";
    private const string Caller = "+8613800000001";

    /// <summary>23:00 in China on the test's Monday: inside quiet hours 22:00–07:00.</summary>
    private static readonly DateTimeOffset Night = new(2026, 11, 30, 15, 0, 0, TimeSpan.Zero);

    /// <summary>Rejected, as quiet hours say.</summary>
    private static readonly (string?, string?) Held = ("reject", "reject");

    /// <summary>Let through by the repeat pass of quiet hours, which is listed, not decisive.</summary>
    private static readonly (string?, string?) Repeat = ("allow", "allow");

    private TestApi _api = null!;
    private HttpClient _proxy = null!;

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    public async ValueTask InitializeAsync()
    {
        _api = await TestApi.StartAsync(new Dictionary<string, string?> { ["Screen:RecentCalls:KeptFor"] = "00:10:00" });
        var (_, secret) = await _api.Get<AccessAccounts>().CreateKeyAsync("kamailio", AccessRole.Client, [Scopes.Screen], cancellationToken: Ct);
        _proxy = _api.WithKey(secret);
        var quiet = SubscriberRules.Default with { QuietHours = new QuietHours(new TimeOnly(22, 0), new TimeOnly(7, 0), Disposition: Disposition.Reject) };
        await SaveRulesAsync(Subscriber, quiet);
        await SaveRulesAsync(Neighbour, quiet);
        _api.Time.SetUtcNow(Night);
    }

    public async ValueTask DisposeAsync()
    {
        _proxy.Dispose();
        await _api.DisposeAsync();
    }

    [Fact]
    public async Task A_call_at_night_is_held_by_quiet_hours()
    {
        Assert.Equal(Held, await ScreenAsync(Caller, Subscriber));
    }

    [Fact]
    public async Task The_same_caller_again_within_the_window_gets_through_as_a_repeat_call()
    {
        await ScreenAsync(Caller, Subscriber);
        _api.Time.Advance(TimeSpan.FromMinutes(2));

        var answer = await AnswerAsync(Caller, Subscriber);

        Assert.Equal("allow", answer.GetProperty("action").GetString());
        var reason = Assert.Single(answer.GetProperty("reasons").EnumerateArray(), r => r.GetProperty("rule").GetString() == "quiet_hours");
        Assert.Equal("allow", reason.GetProperty("outcome").GetString());
        Assert.Contains("重复来电（上次 23:00:00）", reason.GetProperty("text").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task After_the_window_the_caller_is_held_again_as_a_first_call()
    {
        await ScreenAsync(Caller, Subscriber);
        _api.Time.Advance(TimeSpan.FromMinutes(3) + TimeSpan.FromSeconds(1));

        Assert.Equal(Held, await ScreenAsync(Caller, Subscriber));
        _api.Time.Advance(TimeSpan.FromMinutes(1));
        Assert.Equal(Repeat, await ScreenAsync(Caller, Subscriber));
    }

    [Fact]
    public async Task A_call_to_another_callee_is_no_repeat_for_this_one()
    {
        await ScreenAsync(Caller, Neighbour);
        await ScreenAsync("+8613800000002", Subscriber);
        _api.Time.Advance(TimeSpan.FromMinutes(1));

        Assert.Equal(Held, await ScreenAsync(Caller, Subscriber));
        Assert.Equal(Repeat, await ScreenAsync(Caller, Neighbour));
    }

    [Fact]
    public async Task A_call_in_the_day_counts_for_a_repeat_at_night()
    {
        // Every screened call is remembered, whatever it was decided: the first call is the one quiet hours held.
        _api.Time.SetUtcNow(Night.AddDays(1).AddMinutes(-61));
        Assert.Equal(("allow", (string?)null), await ScreenAsync(Caller, Subscriber));
        _api.Time.SetUtcNow(Night.AddDays(1).AddMinutes(-59));

        Assert.Equal(Repeat, await ScreenAsync(Caller, Subscriber));
    }

    [Fact]
    public async Task The_memory_forgets_a_call_after_its_time_limit()
    {
        await ScreenAsync(Caller, Subscriber);
        var memory = _api.Get<RecentCalls>();
        var (caller, callee) = (PhoneNumberNormalizer.Default.Normalize(Caller).E164, PhoneNumberNormalizer.Default.Normalize(Subscriber).E164);

        Assert.True(memory.TryGetLastCall(caller, callee, Night.AddMinutes(10), out var at));
        Assert.Equal(Night, at);
        Assert.False(memory.TryGetLastCall(caller, callee, Night.AddMinutes(10).AddTicks(1), out _));
    }

    [Fact]
    public async Task The_memory_limits_are_checked_at_start_naming_the_key()
    {
        var error = await Assert.ThrowsAnyAsync<Exception>(() => TestApi.StartAsync(new Dictionary<string, string?> { ["Screen:RecentCalls:CallersPerCallee"] = "0" }));

        Assert.Contains("Screen:RecentCalls:CallersPerCallee", error.Message, StringComparison.Ordinal);
    }

    /// <summary>The call's action and what quiet hours said of it (null when they were not in force).</summary>
    private async Task<(string? Action, string? QuietHours)> ScreenAsync(string caller, string callee)
    {
        var answer = await AnswerAsync(caller, callee);
        var quiet = answer.GetProperty("reasons").EnumerateArray().Where(r => r.GetProperty("rule").GetString() == "quiet_hours").Select(r => r.GetProperty("outcome").GetString()).SingleOrDefault();
        return (answer.GetProperty("action").GetString(), quiet);
    }

    private async Task<JsonElement> AnswerAsync(string caller, string callee)
    {
        using var response = await _proxy.PostAsJsonAsync("/api/v1/screen", new { caller, callee, attest = "A", callid = "r1", src = "10.0.0.1", presentation = "allowed" }, Ct);
        var line = await response.Content.ReadAsStringAsync(Ct);
        Assert.True(response.StatusCode == HttpStatusCode.OK, line);
        return JsonDocument.Parse(line).RootElement.Clone();
    }

    private async Task SaveRulesAsync(string subscriber, SubscriberRules rules)
    {
        var number = PhoneNumberNormalizer.Default.Normalize(subscriber).E164;
        await using var db = _api.Open();
        Assert.NotNull(await SubscriberRuleStore.SaveAsync(db, number, rules, 0, TestApi.Start, cancellationToken: Ct));
        _api.Get<SubscriberRulesCache>().Invalidate(number);
    }
}
