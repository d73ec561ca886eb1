using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using CallWarden.Data.Decisions;
using CallWarden.Core.Screening;
using CallWarden.Web.Tests.Access;

namespace CallWarden.Web.Tests.Rules;

public sealed class RulesApiTests(World world) : IClassFixture<World>
{
    private const string Rules = $"/api/v1/subscribers/{World.Subscriber}/rules";

    private const string DentistLandline = "075588889999";

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private HttpClient Subscriber => world.Client(Identity.Subscriber);

    [Fact]
    public async Task Entries_written_in_national_form_are_stored_canonical_and_listed_back()
    {
        var other = $"/api/v1/subscribers/{World.OtherSubscriber}/rules";
        var key = world.Client(Identity.RulesKey);

        var added = await key.PostAsJsonAsync($"{other}/entries", new { pattern = "0755*", effect = "block", disposition = "busy", note = "中介" }, Ct);
        var allowed = await key.PostAsJsonAsync($"{other}/entries", new { pattern = DentistLandline, effect = "allow", note = "dentist" }, Ct);
        var rules = await key.GetFromJsonAsync<JsonElement>(other, Ct);

        Assert.Equal(HttpStatusCode.OK, added.StatusCode);
        Assert.Equal(HttpStatusCode.OK, allowed.StatusCode);
        Assert.Equal(2, rules.GetProperty("version").GetInt64());
        var entries = rules.GetProperty("entries").EnumerateArray().ToList();
        Assert.Equal(["+86755*", "+8675588889999"], entries.Select(e => e.GetProperty("pattern").GetString()));
        Assert.Equal(["prefix", "exact"], entries.Select(e => e.GetProperty("kind").GetString()));
        Assert.Equal(["busy", "allow"], entries.Select(e => e.GetProperty("disposition").GetString()));
        Assert.Equal("中介", entries[0].GetProperty("note").GetString());
    }

    [Fact]
    public async Task Removing_an_entry_by_any_written_form_of_its_pattern_removes_it()
    {
        var path = "/api/v1/subscribers/13700137002/rules";
        var admin = world.Client(Identity.Administrator);
        (await admin.PostAsJsonAsync($"{path}/entries", new { pattern = "+234*" }, Ct)).EnsureSuccessStatusCode();

        var removed = await admin.DeleteAsync($"{path}/entries?pattern=00234*", Ct);
        var again = await admin.DeleteAsync($"{path}/entries?pattern=%2B234*", Ct);

        Assert.Equal(HttpStatusCode.OK, removed.StatusCode);
        Assert.Empty((await removed.Content.ReadFromJsonAsync<JsonElement>(Ct)).GetProperty("entries").EnumerateArray());
        Assert.Equal(HttpStatusCode.NotFound, again.StatusCode);
    }

    [Theory]
    [InlineData("", "empty")]
    [InlineData("   ", "empty")]
    [InlineData("abc*", "letters")]
    [InlineData("139一二三*", "letters")]
    [InlineData("13９*", "mixed_scripts")]
    [InlineData("13٩*", "mixed_scripts")]
    [InlineData("*", "only_wildcards")]
    [InlineData("*139", "leading_wildcard")]
    [InlineData("1390000000000000000000*", "too_many_digits")]
    [InlineData("139<script>*", "invalid_character")]
    [InlineData("139\u202E*", "invalid_character")]
    [InlineData("139'; DROP TABLE subscriber_rules;--", "invalid_character")]
    public async Task A_bad_pattern_is_400_naming_the_pattern_and_the_problem(string pattern, string problem)
    {
        var response = await Subscriber.PostAsJsonAsync($"{Rules}/entries", new { pattern }, Ct);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var message = (await response.Content.ReadFromJsonAsync<JsonElement>(Ct)).GetProperty("errors").GetProperty("pattern")[0].GetString()!;
        Assert.EndsWith($"({problem})", message, StringComparison.Ordinal);
        Assert.Contains(pattern.Trim().Length == 0 ? "empty" : $"Pattern '{pattern[..Math.Min(3, pattern.Length)]}", message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_huge_pattern_is_refused_without_being_echoed_whole()
    {
        var huge = "1" + new string('3', 20_000) + "*";

        var response = await Subscriber.PostAsJsonAsync($"{Rules}/entries", new { pattern = huge }, Ct);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var body = await response.Content.ReadAsStringAsync(Ct);
        Assert.Contains("too_long", body, StringComparison.Ordinal);
        Assert.True(body.Length < 2000, $"the answer echoed {body.Length} characters");
    }

    [Fact]
    public async Task A_bad_pattern_inside_a_whole_set_names_its_entry()
    {
        var response = await Subscriber.PutAsJsonAsync(Rules, new { version = 0, entries = new object[] { new { pattern = "0755*", effect = "block", disposition = "reject" }, new { pattern = "+86 13９*", effect = "block", disposition = "reject" } } }, Ct);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var errors = (await response.Content.ReadFromJsonAsync<JsonElement>(Ct)).GetProperty("errors");
        Assert.Contains("+86 13９*", errors.GetProperty("entries[1].pattern")[0].GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_whole_set_saved_from_an_old_version_is_409_and_the_newer_one_stays()
    {
        var path = "/api/v1/subscribers/13700137003/rules";
        var admin = world.Client(Identity.Administrator);
        var first = await admin.PutAsJsonAsync(path, new { version = 0, anonymous = "reject", entries = new[] { new { pattern = "0755*", effect = "block", disposition = "reject" } } }, Ct);

        var stale = await admin.PutAsJsonAsync(path, new { version = 0, labelOnly = true }, Ct);
        var staleEntry = await admin.PostAsJsonAsync($"{path}/entries", new { pattern = "+234*", version = 0 }, Ct);
        var noVersion = await admin.PutAsJsonAsync(path, new { labelOnly = true }, Ct);

        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        Assert.Equal(1, (await first.Content.ReadFromJsonAsync<JsonElement>(Ct)).GetProperty("version").GetInt64());
        Assert.Equal(HttpStatusCode.Conflict, stale.StatusCode);
        Assert.Equal(HttpStatusCode.Conflict, staleEntry.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, noVersion.StatusCode);
        var stored = await admin.GetFromJsonAsync<JsonElement>(path, Ct);
        Assert.Equal("reject", stored.GetProperty("anonymous").GetString());
        Assert.False(stored.GetProperty("labelOnly").GetBoolean());
        Assert.Single(stored.GetProperty("entries").EnumerateArray());
    }

    [Fact]
    public async Task A_subscriber_cannot_read_or_change_another_subscribers_rules()
    {
        var read = await Subscriber.GetAsync($"/api/v1/subscribers/{World.OtherSubscriber}/rules", Ct);
        var written = await Subscriber.PostAsJsonAsync($"/api/v1/subscribers/+86{World.OtherSubscriber}/rules/entries", new { pattern = "0755*" }, Ct);

        Assert.Equal(HttpStatusCode.Forbidden, read.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, written.StatusCode);
    }

    [Fact]
    public async Task The_subscriber_may_use_any_written_form_of_their_own_number()
    {
        var response = await Subscriber.GetAsync($"/api/v1/subscribers/%2B86{World.Subscriber}/rules", Ct);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Fact]
    public async Task A_dry_run_over_given_calls_shows_that_0755_would_block_the_dentist()
    {
        var response = await Subscriber.PostAsJsonAsync($"{Rules}/dry-run", new
        {
            rules = new { entries = new[] { new { pattern = "0755*", effect = "block", disposition = "reject" } } },
            calls = new[]
            {
                new { caller = "0755-8888 9999", at = TestApi.Start.AddDays(-3) },
                new { caller = "13912340000", at = TestApi.Start.AddDays(-2) },
            },
        }, Ct);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var report = await response.Content.ReadFromJsonAsync<JsonElement>(Ct);
        Assert.Equal(2, report.GetProperty("callsExamined").GetInt32());
        var change = Assert.Single(report.GetProperty("changes").EnumerateArray());
        Assert.Equal("0755-8888 9999", change.GetProperty("caller").GetString());
        Assert.Equal("allow", change.GetProperty("current").GetString());
        Assert.Equal("reject", change.GetProperty("proposed").GetString());
        Assert.Contains("+86755*", change.GetProperty("reason").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_dry_run_without_calls_replays_the_last_30_days_of_the_decision_log()
    {
        const long subscriber = 8613700137004;
        await using (var db = world.Api.Open())
        {
            db.DecisionLog.AddRange(
                Logged(subscriber, 8675588889999, TestApi.Start.AddDays(-1)),
                Logged(subscriber, 8675512345678, TestApi.Start.AddDays(-31)),
                Logged(subscriber, 8613912340000, TestApi.Start.AddHours(-5)));
            await db.SaveChangesAsync(Ct);
        }

        var response = await world.Client(Identity.RulesKey).PostAsJsonAsync("/api/v1/subscribers/13700137004/rules/dry-run", new
        {
            rules = new { entries = new[] { new { pattern = "0755*", effect = "block", disposition = "busy" } } },
        }, Ct);

        var report = await response.Content.ReadFromJsonAsync<JsonElement>(Ct);
        Assert.Equal(2, report.GetProperty("callsExamined").GetInt32());
        var change = Assert.Single(report.GetProperty("changes").EnumerateArray());
        Assert.Equal("+8675588889999", change.GetProperty("caller").GetString());
        Assert.Equal("busy", change.GetProperty("proposed").GetString());
    }

    [Fact]
    public async Task Rules_saved_through_the_API_are_met_by_the_very_next_call_on_this_node()
    {
        var path = "/api/v1/subscribers/13700137005/rules";
        var proxy = world.Client(Identity.ScreenKey);
        var call = new { caller = "+8675512345678", callee = "13700137005", attest = "", callid = "rules-1", src = "10.0.0.1", presentation = "allowed" };
        var before = await (await proxy.PostAsJsonAsync("/api/v1/screen", call, Ct)).Content.ReadFromJsonAsync<JsonElement>(Ct);

        var saved = await world.Client(Identity.RulesKey).PutAsJsonAsync(path, new { version = 0, entries = new[] { new { pattern = "0755*", effect = "block", disposition = "busy" } } }, Ct);
        var after = await (await proxy.PostAsJsonAsync("/api/v1/screen", call, Ct)).Content.ReadFromJsonAsync<JsonElement>(Ct);

        Assert.Equal("allow", before.GetProperty("action").GetString());
        Assert.Equal(HttpStatusCode.OK, saved.StatusCode);
        Assert.Equal("busy", after.GetProperty("action").GetString());
        Assert.Equal("blocklist", after.GetProperty("rule").GetString());
    }

    private static DecisionLogEntry Logged(long subscriber, long caller, DateTimeOffset at) => new()
    {
        DecisionId = $"d-{caller}-{at.UtcTicks}",
        Subscriber = subscriber,
        Caller = caller,
        At = at,
        Action = Disposition.Allow,
        SipCode = 200,
        DecidingRule = "default",
        Reasons = "no rule decided",
    };
}
