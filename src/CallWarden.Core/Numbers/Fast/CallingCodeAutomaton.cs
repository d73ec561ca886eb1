using System.Globalization;
using PhoneNumbers;

namespace CallWarden.Core.Numbers.Fast;

/// <summary>
/// Everything libphonenumber decides about a national significant number of one calling code —
/// which region it belongs to, whether it is valid and its type — compiled from libphonenumber's
/// own metadata into one DFA plus an answer table indexed by (final state, length). The table is a
/// transcription of <c>getRegionCodeForNumberFromRegionList</c> and <c>getNumberTypeHelper</c>, so a
/// metadata update needs no code change; the differential test checks the transcription.
/// </summary>
internal sealed class CallingCodeAutomaton
{
    /// <summary>libphonenumber's MAX_LENGTH_FOR_NSN.</summary>
    public const int MaxNationalLength = 17;

    private const int TagsPerRegion = 12;
    private const int GeneralTag = 0;
    private const int LeadingDigitsTag = 11;

    /// <summary>Lengths the length tables cover (the fast path reads at most 20 digits).</summary>
    public const int LengthLimit = 32;

    private CallingCodeAutomaton(int callingCode, string mainRegion, DigitDfa dfa, byte[] answers, PhoneMetadata main)
    {
        CallingCode = callingCode;
        CallingCodeDigits = callingCode.ToString(CultureInfo.InvariantCulture);
        MainRegion = mainRegion;
        Transitions = dfa.Transitions;
        PairTransitions = PairsOf(dfa);
        Answers = answers;
        GeneralMatched = [.. dfa.Tags.Select(tags => Has(tags, GeneralTag))];
        (GeneralReachable, LongestGeneralMatch) = GeneralReach(dfa.Transitions, GeneralMatched);
        InternationalPrefix = PrefixMatcher.Build(main.InternationalPrefix);
        NationalPrefix = PrefixMatcher.Build(main.NationalPrefixForParsing);
        NationalPrefixTransforms = !string.IsNullOrEmpty(main.NationalPrefixTransformRule);
        var verdicts = Enumerable.Range(0, LengthLimit).Select(length => TestNumberLength(main.GeneralDesc, length)).ToArray();
        TooLong = [.. verdicts.Select(v => v == LengthVerdict.TooLong)];
        KeepsNationalPrefix = [.. verdicts.Select(v => v is LengthVerdict.TooShort or LengthVerdict.LocalOnly or LengthVerdict.InvalidLength)];
        StateCount = dfa.StateCount;
    }

    public int CallingCode { get; }

    public string CallingCodeDigits { get; }

    public string MainRegion { get; }

    /// <summary><c>state * 10 + digit</c>; state 0 is dead, 1 the start.</summary>
    public int[] Transitions { get; }

    /// <summary>
    /// <c>state * 100 + two digits</c>: two steps at once, which halves the chain of dependent loads
    /// that bounds the walk's latency.
    /// </summary>
    public ushort[] PairTransitions { get; }

    /// <summary><c>state * (MaxNationalLength + 1) + length</c> → the <see cref="NumberKind"/> libphonenumber gives.</summary>
    public byte[] Answers { get; }

    /// <summary>The main region's general description matches the digits read so far as a whole (no length check).</summary>
    public bool[] GeneralMatched { get; }

    /// <summary>From this state, some continuation still matches the general description.</summary>
    public bool[] GeneralReachable { get; }

    /// <summary>No string longer than this matches the general description (int.MaxValue when unbounded).</summary>
    public int LongestGeneralMatch { get; }

    /// <summary>The main region's international (IDD) prefix; null when it has none.</summary>
    public PrefixMatcher? InternationalPrefix { get; }

    /// <summary>The main region's national prefix for parsing (trunk 0, carrier codes); null when it has none.</summary>
    public PrefixMatcher? NationalPrefix { get; }

    /// <summary>The main region rewrites the national prefix instead of dropping it (the fast path does not follow).</summary>
    public bool NationalPrefixTransforms { get; }

    /// <summary>Per length: libphonenumber's testNumberLength against the main region says TOO_LONG.</summary>
    public bool[] TooLong { get; }

    /// <summary>
    /// Per length: testNumberLength says TOO_SHORT, IS_POSSIBLE_LOCAL_ONLY or INVALID_LENGTH, so parse
    /// keeps the national prefix it found (the number without it could be a short number).
    /// </summary>
    public bool[] KeepsNationalPrefix { get; }

    public int StateCount { get; }

    public static CallingCodeAutomaton Build(int callingCode)
    {
        var util = PhoneNumberUtil.GetInstance();
        var regions = util.GetRegionCodesForCountryCode(callingCode);
        if (regions.Count == 0)
        {
            throw new ArgumentException($"No region uses calling code {callingCode}.", nameof(callingCode));
        }

        var metadata = regions.Select(util.GetMetadataForRegion).ToArray();
        var nfa = new DigitNfa();
        var root = nfa.NewState();
        for (var i = 0; i < metadata.Length; i++)
        {
            var descs = Descriptions(metadata[i]);
            for (var k = 0; k < descs.Length; k++)
            {
                if (HasPattern(descs[k]))
                {
                    nfa.AddEpsilon(root, nfa.AddPattern(descs[k].NationalNumberPattern, (i * TagsPerRegion) + k));
                }
            }

            if (!string.IsNullOrEmpty(metadata[i].LeadingDigits))
            {
                nfa.AddEpsilon(root, nfa.AddPrefixPattern(metadata[i].LeadingDigits, (i * TagsPerRegion) + LeadingDigitsTag));
            }
        }

        var dfa = DigitDfa.Build(nfa, root);
        var answers = new byte[dfa.StateCount * (MaxNationalLength + 1)];
        for (var state = 0; state < dfa.StateCount; state++)
        {
            for (var length = 0; length <= MaxNationalLength; length++)
            {
                answers[(state * (MaxNationalLength + 1)) + length] = (byte)Answer(metadata, dfa.Tags[state], length);
            }
        }

        return new CallingCodeAutomaton(callingCode, regions[0], dfa, answers, metadata[0]);
    }

    /// <summary>Which states can still reach a general match, and the longest general match (longest path to one).</summary>
    private static (bool[] Reachable, int Longest) GeneralReach(int[] transitions, bool[] matched)
    {
        var states = matched.Length;
        var reachable = (bool[])matched.Clone();
        for (var changed = true; changed;)
        {
            changed = false;
            for (var state = 0; state < states; state++)
            {
                for (var digit = 0; digit < 10 && !reachable[state]; digit++)
                {
                    if (reachable[transitions[(state * 10) + digit]])
                    {
                        reachable[state] = changed = true;
                    }
                }
            }
        }

        // Longest path from the start through states that can still match: more steps than there are
        // states means a cycle, so no bound.
        var longest = 0;
        var frontier = new HashSet<int> { DigitDfa.Start };
        for (var length = 1; frontier.Count > 0; length++)
        {
            if (length > states)
            {
                return (reachable, int.MaxValue);
            }

            frontier = [.. frontier.SelectMany(s => Enumerable.Range(0, 10).Select(d => transitions[(s * 10) + d])).Where(s => reachable[s])];
            if (frontier.Any(s => matched[s]))
            {
                longest = length;
            }
        }

        return (reachable, longest);
    }

    /// <summary>libphonenumber's testNumberLength for type UNKNOWN (the general description).</summary>
    private static LengthVerdict TestNumberLength(PhoneNumberDesc general, int length)
    {
        var possible = general.PossibleLengthList;
        if (possible.Count == 0 || possible[0] == -1)
        {
            return LengthVerdict.InvalidLength;
        }

        if (general.PossibleLengthLocalOnlyList.Contains(length))
        {
            return LengthVerdict.LocalOnly;
        }

        return possible[0] == length ? LengthVerdict.Possible
            : possible[0] > length ? LengthVerdict.TooShort
            : possible[^1] < length ? LengthVerdict.TooLong
            : possible.Skip(1).Contains(length) ? LengthVerdict.Possible
            : LengthVerdict.InvalidLength;
    }

    private enum LengthVerdict
    {
        Possible,
        LocalOnly,
        TooShort,
        TooLong,
        InvalidLength,
    }

    /// <summary>The order of the tags within a region: general description, then getNumberTypeHelper's order.</summary>
    private static PhoneNumberDesc[] Descriptions(PhoneMetadata m) =>
        [m.GeneralDesc, m.PremiumRate, m.TollFree, m.SharedCost, m.Voip, m.PersonalNumber, m.Pager, m.Uan, m.Voicemail, m.FixedLine, m.Mobile];

    private static readonly PhoneNumberType[] TypeOrder =
    [
        PhoneNumberType.UNKNOWN, PhoneNumberType.PREMIUM_RATE, PhoneNumberType.TOLL_FREE, PhoneNumberType.SHARED_COST,
        PhoneNumberType.VOIP, PhoneNumberType.PERSONAL_NUMBER, PhoneNumberType.PAGER, PhoneNumberType.UAN, PhoneNumberType.VOICEMAIL,
    ];

    private static bool HasPattern(PhoneNumberDesc? desc) =>
        desc is not null && !string.IsNullOrEmpty(desc.NationalNumberPattern) && desc.NationalNumberPattern != "NA";

    private static NumberKind Answer(PhoneMetadata[] metadata, int[] tags, int length)
    {
        var region = -1;
        if (metadata.Length == 1)
        {
            region = 0;
        }
        else
        {
            for (var i = 0; i < metadata.Length && region < 0; i++)
            {
                var matched = string.IsNullOrEmpty(metadata[i].LeadingDigits)
                    ? TypeOf(metadata[i], i, tags, length) != PhoneNumberType.UNKNOWN
                    : Has(tags, (i * TagsPerRegion) + LeadingDigitsTag);
                if (matched)
                {
                    region = i;
                }
            }
        }

        return region < 0 ? NumberKind.Invalid : LibPhoneNumberClassifier.Map(TypeOf(metadata[region], region, tags, length));
    }

    /// <summary>getNumberTypeHelper, reading "pattern matches" from the DFA's tags.</summary>
    private static PhoneNumberType TypeOf(PhoneMetadata m, int region, int[] tags, int length)
    {
        var descs = Descriptions(m);
        bool Matches(int k) => HasPattern(descs[k]) && Has(tags, (region * TagsPerRegion) + k) &&
            (descs[k].PossibleLengthList.Count == 0 || descs[k].PossibleLengthList.Contains(length));

        if (!Matches(GeneralTag))
        {
            return PhoneNumberType.UNKNOWN;
        }

        for (var k = 1; k < TypeOrder.Length; k++)
        {
            if (Matches(k))
            {
                return TypeOrder[k];
            }
        }

        const int fixedLine = 9, mobile = 10;
        if (Matches(fixedLine))
        {
            return m.SameMobileAndFixedLinePattern || Matches(mobile) ? PhoneNumberType.FIXED_LINE_OR_MOBILE : PhoneNumberType.FIXED_LINE;
        }

        return !m.SameMobileAndFixedLinePattern && Matches(mobile) ? PhoneNumberType.MOBILE : PhoneNumberType.UNKNOWN;
    }

    private static ushort[] PairsOf(DigitDfa dfa)
    {
        if (dfa.StateCount > ushort.MaxValue)
        {
            throw new NotSupportedException($"{dfa.StateCount} states do not fit the pair table.");
        }

        var t = dfa.Transitions;
        var pairs = new ushort[dfa.StateCount * 100];
        for (var state = 0; state < dfa.StateCount; state++)
        {
            for (var pair = 0; pair < 100; pair++)
            {
                pairs[(state * 100) + pair] = (ushort)t[(t[(state * 10) + (pair / 10)] * 10) + (pair % 10)];
            }
        }

        return pairs;
    }

    private static bool Has(int[] tags, int tag) => Array.BinarySearch(tags, tag) >= 0;
}
