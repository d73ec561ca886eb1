using CallWarden.Core.Localization;
using CallWarden.Core.Screening;

namespace CallWarden.Core.Tests.Screening;

/// <summary>The engine, a fixed moment and the numbers the screening tests use.</summary>
internal static class Screen
{
    /// <summary>Saturday 2026-11-28 14:30 in China.</summary>
    public static readonly DateTimeOffset Now = new(2026, 11, 28, 14, 30, 0, TimeSpan.FromHours(8));

    public const string Subscriber = "13912345678";
    public const long SubscriberE164 = 8613912345678;

    /// <summary>A Beijing mobile with nothing known about it.</summary>
    public const string Stranger = "13800138000";
    public const long StrangerE164 = 8613800138000;

    /// <summary>A Shenzhen landline: the dentist.</summary>
    public const string Dentist = "0755 8888 9999";
    public const long DentistE164 = 8675588889999;

    public static readonly ScreeningEngine Engine = new(new ScreeningOptions
    {
        VoicemailUri = "sip:{callee}@voicemail.example.net",
        RedressContact = "12321 · https://callwarden.example.net/appeal",
    });

    public static Decision Decide(
        string caller,
        SubscriberRules? rules = null,
        ICommunityView? community = null,
        DateTimeOffset? at = null,
        IRecentCalls? recent = null,
        string callee = Subscriber,
        string? attestation = null,
        bool verificationFailed = false,
        Presentation presentation = Presentation.Normal,
        bool gateway = false) =>
        Engine.Decide(
            new ScreeningRequest(caller, callee, at ?? Now, attestation, verificationFailed, presentation, gateway, "call-1"),
            (rules ?? SubscriberRules.Default).Compile(),
            community ?? CommunityTable.Empty,
            recent);

    public static SubscriberRules Rules(params RuleEntry[] entries) => new() { Entries = entries };

    public static SubscriberRules InLanguage(this SubscriberRules rules, DisplayLanguage language) => rules with { Language = language };

    /// <summary>The rule ids of the reasons, the decisive one marked with !.</summary>
    public static string[] Trace(this Decision decision) =>
        [.. decision.Reasons.Select(r => r.RuleId + (r.Decisive ? "!" : string.Empty))];
}
