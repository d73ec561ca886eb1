using System.Collections.Frozen;
using System.Globalization;
using CallWarden.Core.Numbers;
using PhoneNumbers;
using PhoneNumber = CallWarden.Core.Numbers.PhoneNumber;

using CallWarden.Core.Localization;

using CallWarden.Core.Calendar;

namespace CallWarden.Core.Reports;

/// <summary>
/// Reads an SMS sent to a report service number: a report (<c>13912345678*昨天下午3點</c> to 12321,
/// <c>13612345678*推銷保險</c> to 10086999), a keyword command (<c>CX R20261128-000123</c>, <c>KTLJ</c>,
/// <c>QXLJ</c>, <c>TD</c>), or a refusal whose reply shows the right format. It never throws on
/// what a sender or gateway hands it.
/// </summary>
public sealed class SmsCommandParser
{
    /// <summary>Ten concatenated UCS-2 parts are 670 characters; anything longer is no report.</summary>
    public const int MaxMessageLength = 700;

    /// <summary>A reason is a few words (推銷保險); longer text after the separator is the spam itself.</summary>
    private const int MaxReasonLength = 20;

    private readonly TimeProvider _time;

    // Copies of the options: changing them after construction must not change a running parser.
    private readonly TimeSpan _window;
    private readonly TimeSpan _tolerance;
    private readonly string _region;
    private readonly DisplayLanguage _fallbackLanguage;
    private readonly FrozenDictionary<string, SmsGrammar> _services;
    private readonly string _countryCode;
    private readonly string _suggestedService;
    private readonly PhoneNumberNormalizer _normalizer = PhoneNumberNormalizer.Default;

    /// <exception cref="ArgumentException">The options are unusable; the message names every bad key.</exception>
    public SmsCommandParser(TimeProvider time, SmsGrammarOptions options)
    {
        ArgumentNullException.ThrowIfNull(time);
        ArgumentNullException.ThrowIfNull(options);
        var problems = options.Validate();
        if (problems.Count > 0)
        {
            throw new ArgumentException(string.Join(" ", problems), nameof(options));
        }

        _time = time;
        _window = options.ReportWindow;
        _tolerance = options.ClockSkewTolerance;
        _region = options.HomeRegion;
        _fallbackLanguage = options.FallbackLanguage;
        _services = options.ServiceNumbers.ToFrozenDictionary(StringComparer.Ordinal);
        _countryCode = PhoneNumberUtil.GetInstance().GetCountryCodeForRegion(options.HomeRegion).ToString(CultureInfo.InvariantCulture);
        // A message to a number that takes no reports is pointed at the first call-report number.
        _suggestedService = options.ServiceNumbers.FirstOrDefault(s => s.Value == SmsGrammar.NumberAndTime).Key
            ?? options.ServiceNumbers.First().Key;
    }

    /// <param name="serviceNumber">The number the message was sent to, as the gateway gives it (<c>12321</c>, <c>+8612321</c>).</param>
    /// <param name="text">The message.</param>
    /// <param name="senderNumber">The sender, when the gateway gives it: a sender cannot report their own number.</param>
    public SmsParseResult Parse(string serviceNumber, string text, string? senderNumber = null)
    {
        serviceNumber ??= string.Empty;
        text ??= string.Empty;
        var now = ChinaTime.Now(_time);
        var language = ReplyLanguageDetector.Detect(text.AsSpan(0, Math.Min(text.Length, MaxMessageLength)), _fallbackLanguage);
        if (ServiceKey(serviceNumber) is not { } service)
        {
            return Refuse(serviceNumber, SmsRefusalReason.UnknownServiceNumber, _services[_suggestedService], language, now);
        }

        var grammar = _services[service];
        if (text.Length > MaxMessageLength)
        {
            return Refuse(service, SmsRefusalReason.TooLong, grammar, language, now);
        }

        if (SmsText.HasUnreadableCharacters(text))
        {
            return Refuse(service, SmsRefusalReason.UnreadableCharacters, grammar, language, now);
        }

        var message = SmsText.TrimBlanks(text);
        if (message.IsEmpty)
        {
            return Refuse(service, SmsRefusalReason.Empty, grammar, language, now);
        }

        var sender = Sender(senderNumber);
        if (SmsKeywords.Match(message) is { } keyword)
        {
            return keyword.Problem is { } problem
                ? Refuse(service, problem, grammar, language, now)
                : new SmsCommand(service, keyword.Kind, keyword.Reference, sender, language, keyword.Categories);
        }

        return ParseReport(service, grammar, message, sender, language, now);
    }

    private SmsParseResult ParseReport(
        string service, SmsGrammar grammar, ReadOnlySpan<char> message, PhoneNumber? sender, DisplayLanguage language, DateTimeOffset now)
    {
        message = WithoutLeadingWords(message);
        if (message.IsEmpty)
        {
            // 举报 / 我要举报： alone: the person wants to report and has not written the number yet.
            return Refuse(service, SmsRefusalReason.MissingNumber, grammar, language, now);
        }

        var separator = message.IndexOfAny(SmsText.Separators);
        if (separator < 0)
        {
            if (ReportedNumberText.HasSeveralNumbers(message))
            {
                return Refuse(service, SmsRefusalReason.MultipleNumbers, grammar, language, now);
            }

            var startsLikeNumber = char.IsAsciiDigit(SmsText.FoldWidth(message[0])) || SmsText.FoldWidth(message[0]) == '+';
            return Refuse(service, startsLikeNumber ? SmsRefusalReason.MissingSeparator : SmsRefusalReason.NotUnderstood, grammar, language, now);
        }

        var numberText = SmsText.TrimBlanksAndQuotes(message[..separator]);
        if (ShortNumberRules.IsAnonymous(numberText))
        {
            // 未显示号码*昨天下午3点: the sender's line took a call whose number was hidden; its carrier can trace it
            // by the time, so the time is required whatever the service number's grammar (issue #14 item 8).
            var withheldRest = SmsText.TrimBlanks(message[(separator + 1)..]);
            return sender is null
                ? Refuse(service, SmsRefusalReason.InvalidNumber, grammar, language, now)
                : CallReport(service, PhoneNumber.Anonymous, numberText.ToString(), withheldRest, sender, language, now);
        }

        if (ReportedNumberText.Read(message[..separator], out var evidence, out var dialable) is { } numberProblem)
        {
            return Refuse(service, numberProblem, grammar, language, now);
        }

        var target = _normalizer.Normalize(dialable, _region);
        var targetProblem = target.Kind switch
        {
            NumberKind.Emergency => SmsRefusalReason.EmergencyNumber,
            _ when !target.IsValid => SmsRefusalReason.InvalidNumber,
            _ when target == sender => SmsRefusalReason.OwnNumber,
            _ => (SmsRefusalReason?)null,
        };
        if (targetProblem is { } problem)
        {
            return Refuse(service, problem, grammar, language, now);
        }

        var rest = SmsText.TrimBlanks(message[(separator + 1)..]);
        if (!rest.IsEmpty && SmsText.IsSeparator(rest[0]))
        {
            return Refuse(service, SmsRefusalReason.DoubledSeparator, grammar, language, now);
        }

        if (HasAnotherReport(rest))
        {
            return Refuse(service, SmsRefusalReason.MultipleNumbers, grammar, language, now);
        }

        return grammar == SmsGrammar.NumberAndTime
            ? CallReport(service, target, evidence, rest, sender, language, now)
            : MessageReport(service, target, evidence, rest, sender, language, now);
    }

    /// <summary>
    /// The time, then optionally a reason or the spam text after a second separator or straight
    /// after the time (<c>昨天下午3点*推销贷款</c>, <c>昨天下午3点 推销贷款</c>; issue #14).
    /// </summary>
    private SmsParseResult CallReport(
        string service, PhoneNumber target, string evidence, ReadOnlySpan<char> rest, PhoneNumber? sender, DisplayLanguage language, DateTimeOffset now)
    {
        var timeText = SmsText.TrimBlanksAndQuotes(rest);
        if (timeText.IsEmpty)
        {
            return Refuse(service, SmsRefusalReason.MissingTime, SmsGrammar.NumberAndTime, language, now);
        }

        var occurredAt = default(DateTimeOffset);
        var separator = rest.IndexOfAny(SmsText.Separators);
        ReadOnlySpan<char> said;
        SmsRefusalReason? problem;
        if (separator >= 0)
        {
            problem = CallTimeParser.Parse(SmsText.TrimBlanksAndQuotes(rest[..separator]), now, _tolerance, _window, out occurredAt);
            said = rest[(separator + 1)..];
        }
        else
        {
            problem = CallTimeParser.ParseLeading(timeText, now, _tolerance, _window, out occurredAt, out var length);
            said = problem is null ? timeText[length..] : default;
        }

        if (problem is { } refused)
        {
            return Refuse(service, refused, SmsGrammar.NumberAndTime, language, now);
        }

        // The comma in 昨天下午3点，推销贷款 separates; it is no part of the reason.
        var (reason, content, category) = ReasonOrContent(SmsText.TrimBlanks(said).TrimStart(" ,，、。.：:"), ReportCategory.Harassment);
        return new SmsReport(service, target, evidence, occurredAt, reason, content, category, sender, language);
    }

    /// <summary>Quoted text or text longer than <see cref="MaxReasonLength"/> is the spam itself, else the sender's reason.</summary>
    private static (string? Reason, string? Content, ReportCategory Category) ReasonOrContent(ReadOnlySpan<char> rest, ReportCategory fallback)
    {
        rest = SmsText.TrimBlanks(rest);
        var quoted = !rest.IsEmpty && SmsText.IsQuote(rest[0]);
        var said = SmsText.WithoutHidingMarks(SmsText.TrimBlanksAndQuotes(rest));
        if (!said.Any(char.IsLetterOrDigit))
        {
            return (null, null, fallback);
        }

        var isContent = quoted || new StringInfo(said).LengthInTextElements > MaxReasonLength;
        var category = ReportCategoryGuesser.Guess(said, fallback);
        return (isContent ? null : said, isContent ? said : null, category);
    }

    /// <summary>
    /// The part after the separator is the spam text itself when it is quoted or longer than
    /// <see cref="MaxReasonLength"/> characters (nobody types a long reason), else the sender's reason.
    /// </summary>
    private SmsParseResult MessageReport(
        string service, PhoneNumber target, string evidence, ReadOnlySpan<char> rest, PhoneNumber? sender, DisplayLanguage language, DateTimeOffset now)
    {
        var (reason, content, category) = ReasonOrContent(rest, ReportCategory.Other);
        return reason is null && content is null
            ? Refuse(service, SmsRefusalReason.MissingReason, SmsGrammar.NumberAndReasonOrContent, language, now)
            : new SmsReport(service, target, evidence, null, reason, content, category, sender, language);
    }

    /// <summary>Words people put before the number (举报13912345678*…, 投訴：…); folded, longest first.</summary>
    private static readonly string[] LeadingWords =
        ["我要举报", "举报号码", "举报电话", "投诉号码", "投诉电话", "骚扰电话", "诈骗电话", "举报", "投诉", "report"];

    private static ReadOnlySpan<char> WithoutLeadingWords(ReadOnlySpan<char> message)
    {
        // Fold maps one char to one char, so a prefix of the folded text has the same length in the message.
        var folded = SmsText.Fold(message[..Math.Min(message.Length, 8)]);
        foreach (var word in LeadingWords)
        {
            if (folded.StartsWith(word, StringComparison.Ordinal))
            {
                var after = SmsText.TrimBlanks(message[word.Length..]);
                return after.TrimStart(":：,，").Trim(' ');
            }
        }

        return message;
    }

    /// <summary>A second <c>number*…</c> after the first: seven or more digits just before a separator.</summary>
    private static bool HasAnotherReport(ReadOnlySpan<char> rest)
    {
        var separator = rest.IndexOfAny(SmsText.Separators);
        if (separator < 0)
        {
            return false;
        }

        var digits = 0;
        for (var i = separator - 1; i >= 0 && (char.IsAsciiDigit(SmsText.FoldWidth(rest[i])) || rest[i] is ' ' or '-'); i--)
        {
            digits += char.IsAsciiDigit(SmsText.FoldWidth(rest[i])) ? 1 : 0;
        }

        return digits >= 7;
    }

    /// <summary>The configured service number the gateway's form of it means, or null.</summary>
    private string? ServiceKey(string serviceNumber)
    {
        Span<char> digits = stackalloc char[24];
        var length = 0;
        foreach (var c in SmsText.TrimBlanks(serviceNumber))
        {
            var folded = SmsText.FoldWidth(c);
            if (char.IsAsciiDigit(folded))
            {
                if (length == digits.Length)
                {
                    return null;
                }

                digits[length++] = folded;
            }
            else if (folded is not ('+' or ' ' or '-'))
            {
                return null;
            }
        }

        var number = digits[..length].ToString();
        foreach (var prefix in (ReadOnlySpan<string>)["", "00" + _countryCode, _countryCode])
        {
            if (number.StartsWith(prefix, StringComparison.Ordinal) && _services.ContainsKey(number[prefix.Length..]))
            {
                return number[prefix.Length..];
            }
        }

        return null;
    }

    private PhoneNumber? Sender(string? senderNumber)
    {
        if (string.IsNullOrWhiteSpace(senderNumber) || senderNumber.Length > PhoneNumberNormalizer.MaxInputLength)
        {
            return null;
        }

        var sender = _normalizer.Normalize(senderNumber, _region);
        return sender.IsValid ? sender : null;
    }

    private SmsRefusal Refuse(string service, SmsRefusalReason reason, SmsGrammar grammar, DisplayLanguage language, DateTimeOffset now) =>
        new(service, reason, SmsReplies.Refusal(reason, grammar, language, now, (int)_window.TotalDays, _suggestedService), language);
}
