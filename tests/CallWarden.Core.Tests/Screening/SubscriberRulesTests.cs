using System.Text.Json;
using System.Text.Json.Serialization;
using CallWarden.Core.Localization;
using CallWarden.Core.Screening;
using static CallWarden.Core.Tests.Screening.Screen;

namespace CallWarden.Core.Tests.Screening;

public sealed class SubscriberRulesTests
{
    private static readonly DateTimeOffset Added = new(2026, 11, 2, 9, 0, 0, TimeSpan.FromHours(8));

    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web) { Converters = { new JsonStringEnumConverter(JsonNamingPolicy.SnakeCaseLower) } };

    private static readonly SubscriberRules Everything = new()
    {
        Version = 17,
        Language = DisplayLanguage.ZhHant,
        Entries = [RuleEntry.Block("0755*", Added, Disposition.Voicemail, Added.AddDays(30), "中介"), RuleEntry.Allow(Dentist, Added, note: "dentist"), RuleEntry.Block("139****5678", Added)],
        Contacts = [8618600000000, DentistE164],
        ContactsOnly = Disposition.Busy,
        Anonymous = Disposition.Reject,
        Regions = [new RegionRule(RegionScope.Province, "CN-GD", Disposition.Label), new RegionRule(RegionScope.Country, "NG", Disposition.Reject)],
        ReputationThreshold = 70,
        LabelOnly = true,
        QuietHours = new QuietHours(new TimeOnly(22, 30), new TimeOnly(7, 0), [DayOfWeek.Friday, DayOfWeek.Saturday], Disposition.PoweredOff),
        DefaultDisposition = Disposition.Label,
    };

    [Fact]
    public void The_defaults_and_a_full_rule_set_are_valid()
    {
        Assert.Empty(SubscriberRules.Default.Validate());
        Assert.Empty(Everything.Validate());
    }

    [Fact]
    public void Rules_survive_a_JSON_round_trip_and_decide_the_same()
    {
        var json = JsonSerializer.Serialize(Everything, Json);

        var back = JsonSerializer.Deserialize<SubscriberRules>(json, Json)!;

        Assert.Equal(json, JsonSerializer.Serialize(back, Json));
        Assert.Equal("+86755*", back.Entries[0].Pattern);
        Assert.Contains("\"kind\":\"prefix\"", json, StringComparison.Ordinal);
        Assert.Contains("\"disposition\":\"powered_off\"", json, StringComparison.Ordinal);
        foreach (var caller in new[] { Dentist, Stranger, "020 8888 9999", "13900005678", "+2348031234567", "18600000000" })
        {
            foreach (var at in new[] { Now, Now.AddHours(9), Now.AddDays(40) })
            {
                Assert.Equal(Decide(caller, Everything, at: at), Decide(caller, back, at: at));
            }
        }
    }

    [Theory]
    [InlineData("0755x*", "Entries[0] Pattern '0755x*' contains letters: use digits, * for any rest and ? for one digit.")]
    [InlineData("", "Entries[0] A pattern is empty: write a number such as 13912345678 or a prefix such as +86139*.")]
    public void A_bad_pattern_is_named_with_its_entry(string pattern, string problem)
    {
        var rules = new SubscriberRules { Entries = [new RuleEntry(pattern, PatternKind.Prefix, RuleEffect.Block, Disposition.Reject, Added)] };

        Assert.Equal([problem], rules.Validate());
    }

    [Fact]
    public void Entries_must_agree_with_their_pattern_effect_and_dates()
    {
        var rules = new SubscriberRules
        {
            Entries =
            [
                new RuleEntry("+86755*", PatternKind.Exact, RuleEffect.Block, Disposition.Reject, Added),
                new RuleEntry("+86755*", PatternKind.Prefix, RuleEffect.Allow, Disposition.Reject, Added),
                new RuleEntry("+86755*", PatternKind.Prefix, RuleEffect.Block, Disposition.Label, Added),
                new RuleEntry("+86755*", PatternKind.Prefix, RuleEffect.Block, Disposition.Reject, Added, Added),
                new RuleEntry("+86755*", PatternKind.Prefix, RuleEffect.Block, Disposition.Reject, Added, Note: new string('x', 201)),
            ],
        };

        Assert.Equal(
            [
                "Entries[0] pattern '+86755*' is prefix, not exact",
                "Entries[1] allows '+86755*', so its disposition must be allow",
                "Entries[2] blocks '+86755*', so its disposition must be reject, busy, powered_off, not_in_service or voicemail",
                "Entries[3] '+86755*' expires before it was added",
                "Entries[4] note is longer than 200 characters",
            ],
            rules.Validate());
    }

    [Fact]
    public void Settings_out_of_range_are_named()
    {
        var rules = new SubscriberRules
        {
            ReputationThreshold = 20,
            ReputationDisposition = Disposition.Label,
            DefaultDisposition = (Disposition)42,
            Contacts = [0],
            Regions = [new RegionRule(RegionScope.Province, "CN-XX", Disposition.Reject), new RegionRule(RegionScope.City, "深圳市", Disposition.Allow)],
            QuietHours = new QuietHours(new TimeOnly(22, 0), new TimeOnly(22, 0), [], Disposition.Allow),
        };

        Assert.Equal(
            [
                "Contacts has 0, which is no E.164 number",
                "Regions[0] 'CN-XX' is not a known province (countries as NG, provinces as CN-GD, cities as 深圳市)",
                "Regions[1] must label or block: to let a place's callers through, leave it out",
                "ReputationThreshold must be between 21 and 100, so that no single reporter can get a number blocked",
                "ReputationDisposition must block (reject, busy, powered_off, not_in_service or voicemail); use LabelOnly to only label",
                "DefaultDisposition is not a known disposition",
                "QuietHours must end at another time than it starts",
                "QuietHours.Days must name at least one day, or be left out for every day",
                "QuietHours.Disposition must label or block",
            ],
            rules.Validate());
    }

    [Fact]
    public void Too_many_entries_are_refused_before_any_is_read()
    {
        var entry = RuleEntry.Block("+86139*", Added);
        var rules = new SubscriberRules { Entries = [.. Enumerable.Repeat(entry, 10_001)] };

        Assert.Equal(["Entries must hold at most 10000 entries"], rules.Validate());
    }

    [Fact]
    public void Compiling_invalid_rules_throws_with_every_problem()
    {
        var rules = new SubscriberRules { ReputationThreshold = 5, Regions = [new RegionRule(RegionScope.Country, "XX", Disposition.Reject)] };

        var error = Assert.Throws<ArgumentException>(() => rules.Compile());

        Assert.StartsWith("The screening rules cannot be used: Regions[0] 'XX' is not a known country", error.Message, StringComparison.Ordinal);
        Assert.Contains("ReputationThreshold must be between 21 and 100", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void National_patterns_in_stored_rules_are_read_in_the_compiling_region()
    {
        var rules = new SubscriberRules { Entries = [new RuleEntry("415*", PatternKind.Prefix, RuleEffect.Block, Disposition.Reject, Added)] };

        Assert.Equal(RuleEffect.Block, rules.Compile("US").Matcher.Match(14155550123, Now).Winner?.Effect);
        Assert.Null(rules.Compile("CN").Matcher.Match(14155550123, Now).Winner);
    }

    [Fact]
    public void Rule_entries_are_created_from_what_the_subscriber_wrote()
    {
        Assert.True(RuleEntry.TryCreate("0755 8888*", RuleEffect.Block, Disposition.Busy, Added, out var entry, out _, note: "中介"));
        Assert.Equal(new RuleEntry("+867558888*", PatternKind.Prefix, RuleEffect.Block, Disposition.Busy, Added, null, "中介"), entry);

        Assert.False(RuleEntry.TryCreate("0755 8888 x", RuleEffect.Block, Disposition.Busy, Added, out var refused, out var error));
        Assert.Null(refused);
        Assert.Equal(RulePatternProblem.Letters, error.Problem);
    }
}
