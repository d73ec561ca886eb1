using CallWarden.Core.Localization;
using CallWarden.Core.Numbers;

namespace CallWarden.Core.Screening;

/// <summary>The deployment's screening settings (configuration section "Screening").</summary>
public sealed record ScreeningOptions
{
    /// <summary>Where callers and callees dial from: how national numbers and patterns are read.</summary>
    public string Region { get; init; } = "CN";

    /// <summary>Recorded with every decision; bump it whenever these settings change.</summary>
    public string PolicyVersion { get; init; } = "screening-1";

    /// <summary>
    /// Public services that always get through besides emergency numbers: the anti-fraud centre
    /// (96110) calls people who are being defrauded, exactly the people most likely to block strangers.
    /// </summary>
    public IReadOnlyList<string> CriticalServices { get; init; } = ["96110", "12110", "12321", "12345", "12315", "10086", "10010", "10000", "10099"];

    /// <summary>Where voicemail redirects to; <c>{callee}</c> is replaced by the callee's E.164 number. Without it voicemail becomes busy.</summary>
    public string? VoicemailUri { get; init; }

    /// <summary>Named in every blocking decision: where a caller can dispute the block (text or URL).</summary>
    public string? RedressContact { get; init; }

    /// <summary>What a carrier restriction or suspension of the caller does.</summary>
    public Disposition CarrierEnforcement { get; init; } = Disposition.Reject;

    /// <summary>What a registered marketing line calling a subscriber who refused marketing gets.</summary>
    public Disposition RefusedMarketing { get; init; } = Disposition.Reject;

    /// <summary>A call from the same number within this time after the last one passes quiet hours.</summary>
    public TimeSpan RepeatCallWindow { get; init; } = TimeSpan.FromMinutes(3);

    /// <summary>The language of the powered_off and not_in_service announcements callers hear.</summary>
    public DisplayLanguage AnnouncementLanguage { get; init; } = DisplayLanguage.ZhHans;

    /// <summary>Problems with the settings, each naming its key; empty when the options are usable.</summary>
    public IReadOnlyList<string> Validate()
    {
        List<string> problems = [];
        var regionKnown = Region is not null && PhoneNumberNormalizer.SupportedRegions.Contains(Region);
        Require(regionKnown, nameof(Region), "must be an ISO 3166 region code such as CN");
        Require(!string.IsNullOrWhiteSpace(PolicyVersion), nameof(PolicyVersion), "must not be empty");
        if (regionKnown)
        {
            foreach (var service in CriticalServices ?? [])
            {
                Require(PhoneNumberNormalizer.Default.Normalize(service, Region!).IsValid, nameof(CriticalServices), $"has '{service}', which is no number");
            }
        }

        Require(VoicemailUri is null || VoicemailUri.StartsWith("sip:", StringComparison.Ordinal) || VoicemailUri.StartsWith("sips:", StringComparison.Ordinal) || VoicemailUri.StartsWith("tel:", StringComparison.Ordinal), nameof(VoicemailUri), "must be a sip:, sips: or tel: URI");
        Require(CarrierEnforcement.Blocks() && Enum.IsDefined(CarrierEnforcement), nameof(CarrierEnforcement), "must block (reject, busy, powered_off, not_in_service or voicemail)");
        Require(RefusedMarketing.Blocks() && Enum.IsDefined(RefusedMarketing), nameof(RefusedMarketing), "must block (reject, busy, powered_off, not_in_service or voicemail)");
        Require(RepeatCallWindow > TimeSpan.Zero && RepeatCallWindow <= TimeSpan.FromHours(1), nameof(RepeatCallWindow), "must be positive and at most an hour");
        Require(Enum.IsDefined(AnnouncementLanguage), nameof(AnnouncementLanguage), "is not a known language");
        return problems;

        void Require(bool ok, string key, string message)
        {
            if (!ok)
            {
                problems.Add($"Screening:{key} {message}");
            }
        }
    }
}
