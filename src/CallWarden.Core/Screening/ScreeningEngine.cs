using System.Collections.Frozen;
using System.Collections.Immutable;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using CallWarden.Core.Numbers;
using CallWarden.Core.Registry;

namespace CallWarden.Core.Screening;

/// <summary>
/// Decides what to do with a call from the request, the community snapshot, the callee's compiled
/// rules and the recent-call memory, and nothing else: equal inputs give equal decisions.
/// </summary>
/// <remarks>
/// The rules run in DESIGN.md's order and every one that matches is listed; the first decisive one
/// wins. Decisive are the passes of steps 1–2 (emergency and critical services, contacts,
/// allowlist) and any blocking outcome. A label is never decisive: the first label met before the
/// decision is shown with a relayed call, and an allowed call with a label is relayed as
/// <see cref="Disposition.Label"/>, so a labelled caller still meets quiet hours. What only the
/// community says never hard-blocks a disputed, reviewed or verified business number; the
/// carrier's own enforcement, the refusal registry and the callee's own blocklist still do. A
/// withheld presentation hides the number from every rule: the engine judges what the callee
/// would see. Kept long and local on purpose: one decision allocates only the decision, its
/// reasons and, for a labelled call, the label.
/// </remarks>
public sealed class ScreeningEngine
{
    /// <summary>Every rule can match at most once per call.</summary>
    private const int MaxReasons = 16;

    private readonly string _region;
    private readonly string _countryCode;
    private readonly PhoneNumberNormalizer _normalizer = PhoneNumberNormalizer.Default;
    private readonly FrozenSet<long> _criticalServices;
    private readonly CallerPlaces _places;

    /// <exception cref="ArgumentException">The options have problems; the message lists them.</exception>
    public ScreeningEngine(ScreeningOptions? options = null, CallerPlaces? places = null)
    {
        Options = options ?? new ScreeningOptions();
        var problems = Options.Validate();
        if (problems.Count > 0)
        {
            throw new ArgumentException("The screening options cannot be used: " + string.Join("; ", problems), nameof(options));
        }

        _region = Options.Region;
        _countryCode = DialingPlan.For(_region).CountryCode;
        _criticalServices = Options.CriticalServices.Select(s => _normalizer.Normalize(s, _region).E164).ToFrozenSet();
        _places = places ?? CallerPlaces.Shared;
    }

    public ScreeningOptions Options { get; }

    /// <exception cref="ArgumentException">The rules were compiled for another region than the engine's.</exception>
    public Decision Decide(ScreeningRequest request, CompiledRules rules, ICommunityView community, IRecentCalls? recent = null)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(rules);
        ArgumentNullException.ThrowIfNull(community);
        if (!string.Equals(rules.Region, _region, StringComparison.Ordinal))
        {
            throw new ArgumentException($"The rules were compiled for region {rules.Region}, the engine screens for {_region}.", nameof(rules));
        }

        var subscriber = rules.Rules;
        var language = subscriber.Language;
        var at = request.At;
        var caller = NormalizeCaller(request);
        var callee = NormalizeCallee(request.Callee, rules);
        var known = caller.IsValid;
        var e164 = caller.E164;

        ReasonSlots reasons = default;
        var count = 0;
        var decided = false;
        var action = Disposition.Allow;
        string? label = null;

        // 1. Emergency and critical services always pass.
        if (caller.Kind == NumberKind.Emergency)
        {
            Match(ScreeningRule.Emergency, Disposition.Allow, new ReasonData { Caller = caller });
        }
        else if (caller.Kind == NumberKind.Service && _criticalServices.Contains(e164))
        {
            Match(ScreeningRule.CriticalService, Disposition.Allow, new ReasonData { Caller = caller });
        }

        // 2. Contacts and the allowlist pass.
        var isContact = known && rules.Contacts.Contains(e164);
        if (isContact)
        {
            Match(ScreeningRule.Contact, Disposition.Allow, new ReasonData { Caller = caller });
        }

        var entry = known ? rules.Matcher.Match(e164, at) : default;
        var allowlisted = entry.Winner is { Effect: RuleEffect.Allow };
        if (allowlisted)
        {
            Match(ScreeningRule.Allowlist, Disposition.Allow, new ReasonData { Caller = caller, Entry = entry.Winner, Overridden = entry.Overridden });
        }

        // 3. Carrier enforcement blocks.
        CommunityFacts facts = default;
        var hasFacts = known && community.TryGet(e164, out facts);
        if (hasFacts && facts.IsEnforcedAt(at))
        {
            Match(ScreeningRule.CarrierEnforcement, Options.CarrierEnforcement, new ReasonData { Caller = caller, Community = facts });
        }

        // 4. The blocklist blocks.
        if (entry.Winner is { Effect: RuleEffect.Block } blocked)
        {
            Match(ScreeningRule.Blocklist, blocked.Disposition, new ReasonData { Caller = caller, Entry = blocked, Overridden = entry.Overridden });
        }

        // 5. Presentation: withheld, invalid, foreign, or domestic from abroad.
        if (caller.Kind == NumberKind.Anonymous)
        {
            if (subscriber.Anonymous != Disposition.Allow)
            {
                Match(ScreeningRule.Anonymous, subscriber.Anonymous, new ReasonData { Caller = caller, Presentation = request.Presentation });
            }
        }
        else if (caller.Kind == NumberKind.Invalid)
        {
            if (subscriber.Invalid != Disposition.Allow)
            {
                Match(ScreeningRule.InvalidNumber, subscriber.Invalid, new ReasonData { Caller = caller });
            }
        }
        else if (caller.Kind == NumberKind.International)
        {
            if (subscriber.International != Disposition.Allow)
            {
                Match(ScreeningRule.InternationalCall, subscriber.International, new ReasonData { Caller = caller });
            }
        }
        else if (request.ArrivedOverInternationalGateway && subscriber.SpoofedDomestic != Disposition.Allow)
        {
            Match(ScreeningRule.GatewaySpoofing, subscriber.SpoofedDomestic, new ReasonData { Caller = caller });
        }

        // 6. Contacts-only mode, neighbour spoofing, region rules.
        if (subscriber.ContactsOnly != Disposition.Allow && !isContact && !allowlisted)
        {
            Match(ScreeningRule.ContactsOnly, subscriber.ContactsOnly, new ReasonData { Caller = caller });
        }

        if (subscriber.NeighbourSpoofing != Disposition.Allow && known && callee.IsValid)
        {
            var shared = SharedNeighbourDigits(e164, callee.E164);
            if (shared > 0)
            {
                Match(ScreeningRule.NeighbourSpoofing, subscriber.NeighbourSpoofing, new ReasonData { Caller = caller, SharedDigits = shared });
            }
        }

        if (rules.HasRegionRules && known && rules.RegionFor(_places.Of(caller)) is { } region)
        {
            Match(ScreeningRule.Region, region.Disposition, new ReasonData { Caller = caller, Region = region });
        }

        // 7. The refusal registry: a registered marketing line calling a callee who refused what it markets.
        var registry = community.Registry;
        BusinessLine line = default;
        var isLine = known && registry.LineCount > 0 && registry.TryGetLine(e164, out line);
        if (isLine && line.IsMarketing && callee.IsValid && (registry.RefusalsOf(callee.E164) & line.Categories) is var refused and not MarketingCategories.None)
        {
            Match(ScreeningRule.RefusalRegistry, Options.RefusedMarketing, new ReasonData { Caller = caller, Business = line, RefusedCategories = refused });
        }

        var verifiedLine = isLine && line.IsCustomerService;
        if (verifiedLine)
        {
            Match(ScreeningRule.VerifiedBusiness, Disposition.Label, new ReasonData { Caller = caller, Business = line });
        }

        // 8. Community reputation against the callee's threshold.
        if (hasFacts)
        {
            if (facts.Has(CommunityFlags.VerifiedBusiness) && !verifiedLine)
            {
                Match(ScreeningRule.VerifiedBusiness, Disposition.Label, new ReasonData { Caller = caller, Community = facts });
            }

            var reached = facts.Score >= subscriber.ReputationThreshold;
            if (reached || facts.Has(CommunityFlags.Labelled))
            {
                var blocks = reached && !subscriber.LabelOnly && !verifiedLine && !facts.Has(CommunityFlags.Disputed | CommunityFlags.UnderReview | CommunityFlags.VerifiedBusiness);
                Match(
                    ScreeningRule.Reputation,
                    blocks ? subscriber.ReputationDisposition : Disposition.Label,
                    new ReasonData { Caller = caller, Community = facts, Threshold = subscriber.ReputationThreshold, LabelOnly = subscriber.LabelOnly });
            }
        }

        // 9. Quiet hours, which a repeated call within the window passes.
        if (subscriber.QuietHours is { } quiet && quiet.Contains(at, rules.QuietDays))
        {
            if (known && callee.IsValid
                && (recent ?? NoRecentCalls.Instance).TryGetLastCall(e164, callee.E164, at, out var previous)
                && previous < at && at - previous <= Options.RepeatCallWindow)
            {
                Match(ScreeningRule.QuietHours, Disposition.Allow, new ReasonData { Caller = caller, QuietHours = quiet, PreviousCall = previous });
            }
            else
            {
                Match(ScreeningRule.QuietHours, quiet.Disposition, new ReasonData { Caller = caller, QuietHours = quiet });
            }
        }

        // 10. STIR/SHAKEN raises suspicion: a label, never a block and never a pass.
        if (request.VerificationFailed || request.Attestation is "C" or "c")
        {
            Match(ScreeningRule.StirShaken, Disposition.Label, new ReasonData { Caller = caller, Attestation = request.Attestation, VerificationFailed = request.VerificationFailed });
        }

        ImmutableArray<Reason> listed;
        if (decided)
        {
            listed = ToArray(ref reasons, count, null);
        }
        else
        {
            action = subscriber.DefaultDisposition;
            listed = count == 0 ? rules.DefaultReasons : ToArray(ref reasons, count, rules.DefaultReasons[0]);
        }

        if (action == Disposition.Allow && label is not null)
        {
            action = Disposition.Label;
        }
        else if (action == Disposition.Label && label is null)
        {
            label = CallLabels.For(ScreeningRule.Default, default, language);
        }

        if (action == Disposition.Voicemail && Options.VoicemailUri is null)
        {
            action = Disposition.Busy;
        }

        // A label travels with a relayed call; a call that does not ring is explained by its reasons.
        if (action.Blocks())
        {
            label = null;
        }

        return new Decision(
            action,
            action.SipCode(),
            label,
            listed,
            caller,
            Options.PolicyVersion,
            subscriber.Version,
            community.Version,
            action.Announcement(Options.AnnouncementLanguage),
            action == Disposition.Voicemail ? Options.VoicemailUri!.Replace("{callee}", callee.ToE164String(), StringComparison.Ordinal) : null,
            action.Blocks() ? Options.RedressContact : null);

        void Match(ScreeningRule rule, Disposition outcome, in ReasonData data)
        {
            var decides = !decided && (outcome.Blocks() || (outcome == Disposition.Allow && rule <= ScreeningRule.Allowlist));
            if (decides)
            {
                decided = true;
                action = outcome;
            }
            else if (!decided && outcome == Disposition.Label && label is null)
            {
                label = CallLabels.For(rule, data, language);
            }

            reasons[count++] = new Reason(rule, outcome, decides, data, language);
        }
    }

    private PhoneNumber NormalizeCallee(string text, CompiledRules rules)
    {
        if (rules.LastCallee is { } memo && string.Equals(memo.Text, text, StringComparison.Ordinal))
        {
            return memo.Number;
        }

        var callee = _normalizer.Normalize(text, _region);
        rules.LastCallee = new CalleeMemo(text ?? string.Empty, callee);
        return callee;
    }

    /// <summary>The caller as the callee would see it: withheld presentation hides the number.</summary>
    private PhoneNumber NormalizeCaller(ScreeningRequest request)
    {
        if (request.Presentation != Presentation.Normal || string.IsNullOrWhiteSpace(request.Caller))
        {
            return PhoneNumber.Anonymous;
        }

        var number = _normalizer.Normalize(request.Caller, _region);
        if (number.Kind != NumberKind.Invalid)
        {
            return number;
        }

        // Networks signal short codes in E.164 form (+86110); the normaliser knows them only as national numbers.
        var text = request.Caller.AsSpan().Trim();
        if (text.Length > _countryCode.Length + 1 && text[0] == '+' && text[1..].StartsWith(_countryCode, StringComparison.Ordinal))
        {
            var national = _normalizer.Normalize(text[(_countryCode.Length + 1)..], _region);
            if (national.Kind is NumberKind.Emergency or NumberKind.Service or NumberKind.SmsPort)
            {
                return national;
            }
        }

        return number;
    }

    /// <summary>
    /// How many leading national digits a caller shares with the callee when that is enough to
    /// look like neighbour spoofing, else 0: for a +86 mobile the 7-digit 号段 block (1 + network +
    /// H code, which locates the line), for a NANP number the area code and exchange (NPA-NXX).
    /// </summary>
    internal static int SharedNeighbourDigits(long caller, long callee)
    {
        int national, required;
        if (callee is >= 8_610_000_000_000 and < 8_620_000_000_000)
        {
            (national, required) = (11, 7);
        }
        else if (callee is >= 10_000_000_000 and < 20_000_000_000)
        {
            (national, required) = (10, 6);
        }
        else
        {
            return 0;
        }

        var shared = national;
        var dropped = 0;
        while (caller != callee)
        {
            caller /= 10;
            callee /= 10;
            shared--;
            if (++dropped > national - required)
            {
                return 0;
            }
        }

        return shared;
    }

    private static ImmutableArray<Reason> ToArray(ref ReasonSlots reasons, int count, Reason? last)
    {
        var array = new Reason[last is null ? count : count + 1];
        for (var i = 0; i < count; i++)
        {
            array[i] = reasons[i];
        }

        if (last is not null)
        {
            array[count] = last;
        }

        return ImmutableCollectionsMarshal.AsImmutableArray(array);
    }

    [InlineArray(MaxReasons)]
    private struct ReasonSlots
    {
        private Reason _element;
    }
}
