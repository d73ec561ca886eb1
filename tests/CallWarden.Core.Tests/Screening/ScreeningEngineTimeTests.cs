using CallWarden.Core.Localization;
using CallWarden.Core.Reports;
using CallWarden.Core.Screening;
using static CallWarden.Core.Tests.Screening.Screen;

namespace CallWarden.Core.Tests.Screening;

/// <summary>Steps 9 and 10: quiet hours with the repeat-call pass, and STIR/SHAKEN.</summary>
public sealed class ScreeningEngineTimeTests
{
    private static readonly SubscriberRules Nights = new() { QuietHours = new QuietHours(new TimeOnly(22, 0), new TimeOnly(7, 0)) };

    /// <summary>Saturday 2026-11-28 23:30 in China.</summary>
    private static readonly DateTimeOffset LateEvening = new(2026, 11, 28, 23, 30, 0, TimeSpan.FromHours(8));

    private static RecentCallTable CalledBefore(TimeSpan ago, long caller = StrangerE164, long callee = SubscriberE164) =>
        new(new() { [(caller, callee)] = LateEvening - ago });

    [Theory]
    [InlineData(DisplayLanguage.ZhHans, "免打扰时段 22:00–07:00")]
    [InlineData(DisplayLanguage.ZhHant, "免打擾時段 22:00–07:00")]
    [InlineData(DisplayLanguage.En, "quiet hours 22:00–07:00")]
    public void Quiet_hours_send_a_stranger_to_voicemail(DisplayLanguage language, string text)
    {
        var decision = Decide(Stranger, Nights.InLanguage(language), at: LateEvening);

        Assert.Equal((Disposition.Voicemail, 302, "sip:+8613912345678@voicemail.example.net"), (decision.Action, decision.SipCode, decision.Contact));
        Assert.Equal(["quiet_hours!"], decision.Trace());
        Assert.Equal(text, decision.DecidedBy.Text);
    }

    [Fact]
    public void A_window_past_midnight_holds_until_its_end_the_next_morning()
    {
        var sunday = new DateTimeOffset(2026, 11, 29, 0, 0, 0, TimeSpan.FromHours(8));

        Assert.Equal(Disposition.Voicemail, Decide(Stranger, Nights, at: sunday.AddHours(6).AddMinutes(59)).Action);
        Assert.Equal(Disposition.Allow, Decide(Stranger, Nights, at: sunday.AddHours(7)).Action);
        Assert.Equal(Disposition.Allow, Decide(Stranger, Nights, at: sunday.AddHours(21).AddMinutes(59)).Action);
    }

    [Fact]
    public void Quiet_hours_are_judged_in_China_time_whatever_the_offset_of_the_request()
    {
        Assert.Equal(Disposition.Voicemail, Decide(Stranger, Nights, at: LateEvening.ToUniversalTime()).Action);
    }

    [Theory]
    [InlineData(2)]
    [InlineData(3)]
    public void A_repeat_call_within_three_minutes_gets_through(int minutes)
    {
        var decision = Decide(Stranger, Nights.InLanguage(DisplayLanguage.En), at: LateEvening, recent: CalledBefore(TimeSpan.FromMinutes(minutes)));

        Assert.Equal(Disposition.Allow, decision.Action);
        Assert.Equal(["quiet_hours", "default!"], decision.Trace());
        Assert.Equal(Disposition.Allow, decision.Reasons[0].Outcome);
        Assert.Equal($"repeat call (previous at 23:{30 - minutes}:00): quiet hours let it through", decision.Reasons[0].Text);
    }

    [Fact]
    public void A_repeat_after_more_than_three_minutes_is_held()
    {
        Assert.Equal(Disposition.Voicemail, Decide(Stranger, Nights, at: LateEvening, recent: CalledBefore(TimeSpan.FromMinutes(3) + TimeSpan.FromSeconds(1))).Action);
    }

    [Fact]
    public void Only_an_earlier_call_from_the_same_number_to_the_same_callee_counts_as_a_repeat()
    {
        Assert.Equal(Disposition.Voicemail, Decide(Stranger, Nights, at: LateEvening, recent: CalledBefore(TimeSpan.FromMinutes(1), caller: DentistE164)).Action);
        Assert.Equal(Disposition.Voicemail, Decide(Stranger, Nights, at: LateEvening, recent: CalledBefore(TimeSpan.FromMinutes(1), callee: 8618600000000)).Action);
        Assert.Equal(Disposition.Voicemail, Decide(Stranger, Nights, at: LateEvening, recent: CalledBefore(TimeSpan.FromMinutes(-1))).Action);
    }

    [Fact]
    public void The_repeat_window_is_a_deployment_setting()
    {
        var engine = new ScreeningEngine(new ScreeningOptions { RepeatCallWindow = TimeSpan.FromMinutes(10) });
        var request = new ScreeningRequest(Stranger, Subscriber, LateEvening);

        Assert.Equal(Disposition.Allow, engine.Decide(request, Nights.Compile(), CommunityTable.Empty, CalledBefore(TimeSpan.FromMinutes(9))).Action);
    }

    [Fact]
    public void Contacts_ring_during_quiet_hours()
    {
        var decision = Decide(Stranger, Nights with { Contacts = [StrangerE164] }, at: LateEvening);

        Assert.Equal(["contact!", "quiet_hours"], decision.Trace());
        Assert.Equal(Disposition.Allow, decision.Action);
    }

    [Fact]
    public void Quiet_hours_on_weekdays_let_saturday_night_ring()
    {
        var weekdays = new SubscriberRules
        {
            QuietHours = new QuietHours(new TimeOnly(22, 0), new TimeOnly(7, 0), [DayOfWeek.Monday, DayOfWeek.Tuesday, DayOfWeek.Wednesday, DayOfWeek.Thursday, DayOfWeek.Friday], Disposition.Busy),
        };

        Assert.Equal(Disposition.Allow, Decide(Stranger, weekdays, at: LateEvening).Action);
        Assert.Equal(Disposition.Busy, Decide(Stranger, weekdays, at: LateEvening.AddDays(-1)).Action);
        Assert.Equal(Disposition.Busy, Decide(Stranger, weekdays, at: LateEvening.AddHours(-18)).Action);
    }

    [Fact]
    public void A_labelled_caller_still_meets_quiet_hours()
    {
        var community = CommunityTable.Of((StrangerE164, new CommunityFacts(70, ReportCategory.Marketing, 20, CommunityFlags.Labelled)));

        var decision = Decide(Stranger, Nights, community, at: LateEvening);

        Assert.Equal(["reputation", "quiet_hours!"], decision.Trace());
        Assert.Equal((Disposition.Voicemail, (string?)null), (decision.Action, decision.Label));
    }

    [Theory]
    [InlineData("C", false, DisplayLanguage.ZhHans, "号码未经验证", "主叫号码证明等级 C，未经验证")]
    [InlineData("C", false, DisplayLanguage.En, "Caller ID not verified", "caller ID attestation C: not verified")]
    [InlineData(null, true, DisplayLanguage.ZhHant, "號碼未經驗證", "主叫號碼驗證失敗")]
    [InlineData("A", true, DisplayLanguage.En, "Caller ID not verified", "caller ID verification failed")]
    public void Failed_verification_or_attestation_C_labels_the_call_as_suspicious(string? attestation, bool failed, DisplayLanguage language, string label, string text)
    {
        var decision = Decide(Stranger, SubscriberRules.Default.InLanguage(language), attestation: attestation, verificationFailed: failed);

        Assert.Equal((Disposition.Label, label), (decision.Action, decision.Label));
        Assert.Equal(["stir_shaken", "default!"], decision.Trace());
        Assert.Equal(text, decision.Reasons[0].Text);
    }

    [Theory]
    [InlineData("A")]
    [InlineData("B")]
    [InlineData(null)]
    public void Attestation_A_or_B_raises_nothing(string? attestation)
    {
        Assert.Equal(["default!"], Decide(Stranger, attestation: attestation).Trace());
    }

    [Fact]
    public void Full_attestation_never_clears_a_caller_alone()
    {
        var rules = new SubscriberRules { Entries = [RuleEntry.Block(Stranger, Now.AddDays(-1))] };

        Assert.Equal(Disposition.Reject, Decide(Stranger, rules, attestation: "A").Action);
    }

    [Fact]
    public void Suspicion_alone_never_blocks_even_in_quiet_hours_settings_that_only_label()
    {
        var labelling = new SubscriberRules { QuietHours = new QuietHours(new TimeOnly(22, 0), new TimeOnly(7, 0), Disposition: Disposition.Label) };

        var decision = Decide(Stranger, labelling, at: LateEvening, attestation: "C", verificationFailed: true);

        Assert.Equal((Disposition.Label, "免打扰时段来电"), (decision.Action, decision.Label));
        Assert.Equal(["quiet_hours", "stir_shaken", "default!"], decision.Trace());
    }
}
