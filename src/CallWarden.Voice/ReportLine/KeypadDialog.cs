using CallWarden.Voice.Calls;
using CallWarden.Voice.Prompts;

namespace CallWarden.Voice.ReportLine;

/// <summary>
/// The keypad conversation of one call, in the caller's language: saying prompts, asking for one key
/// among the choices, and taking a number keyed in up to <c>#</c>. The rules every question of the line
/// follows live here once: a question is spoken so that a key interrupts it; silence repeats it once and
/// then the line says goodbye; a key that is not a choice is said to be wrong and the question repeated.
/// </summary>
internal sealed class KeypadDialog(IVoiceCall call, PromptLibrary prompts, ReportLineOptions options, VoiceLanguage language)
{
    /// <summary>Wrong keys in a row after which the line gives up, so that a stuck key cannot hold a line for ever.</summary>
    public const int MaxWrongKeys = 3;

    /// <summary>The longest number the line takes: E.164's 15 digits with an international prefix and some slack.</summary>
    public const int MaxDigits = 20;

    public VoiceLanguage Language { get; set; } = language;

    /// <summary>The language the caller was greeted in; key 9 switches between it and English.</summary>
    public VoiceLanguage Greeting { get; } = language;

    public AudioClip Clip(string key) => prompts.Clip(Language, key);

    public IReadOnlyList<AudioClip> Digits(string digits) => prompts.Digits(Language, digits);

    public Task SayAsync(CancellationToken cancellationToken, params IReadOnlyList<AudioClip> clips) => call.PlayAsync(clips, interruptible: false, cancellationToken);

    public Task SayAsync(string key, CancellationToken cancellationToken) => SayAsync(cancellationToken, Clip(key));

    /// <summary>One key among <paramref name="choices"/>; null when the caller stayed silent twice or kept pressing wrong keys (the goodbye is said).</summary>
    public async Task<char?> AskAsync(Func<IReadOnlyList<AudioClip>> question, string choices, CancellationToken cancellationToken)
    {
        int silences = 0, wrong = 0;
        while (true)
        {
            call.DiscardDigits();
            await call.PlayAsync(question(), interruptible: true, cancellationToken);
            var key = await call.ReadDigitAsync(options.KeyTimeout, cancellationToken);
            if (key is null)
            {
                if (++silences == 2)
                {
                    await SayAsync(PromptKeys.TimeoutGoodbye, cancellationToken);
                    return null;
                }

                continue;
            }

            if (choices.Contains(key.Value, StringComparison.Ordinal))
            {
                return key;
            }

            await SayAsync(PromptKeys.WrongKey, cancellationToken);
            if (++wrong == MaxWrongKeys)
            {
                await SayAsync(PromptKeys.Goodbye, cancellationToken);
                return null;
            }
        }
    }

    /// <summary>
    /// Digits keyed in after <paramref name="prompt"/>, ended by <c>#</c> (or by a pause once some are in);
    /// <c>*</c> starts again. Null when nothing came twice (the goodbye is said). More than
    /// <see cref="MaxDigits"/> digits are returned as keyed, for the caller to hear they are not a number.
    /// </summary>
    public async Task<string?> ReadDigitsAsync(string prompt, CancellationToken cancellationToken)
    {
        var silences = 0;
        while (true)
        {
            call.DiscardDigits();
            await call.PlayAsync([Clip(prompt)], interruptible: true, cancellationToken);
            var digits = new System.Text.StringBuilder();
            var restart = false;
            while (true)
            {
                var key = await call.ReadDigitAsync(digits.Length == 0 ? options.KeyTimeout : options.DigitTimeout, cancellationToken);
                if (key is null || key == '#')
                {
                    break;
                }

                if (key == '*')
                {
                    restart = true;
                    break;
                }

                if (char.IsAsciiDigit(key.Value) && digits.Length <= MaxDigits)
                {
                    digits.Append(key.Value);
                }
            }

            if (digits.Length > 0 && !restart)
            {
                return digits.ToString();
            }

            if (!restart && ++silences == 2)
            {
                await SayAsync(PromptKeys.TimeoutGoodbye, cancellationToken);
                return null;
            }
        }
    }
}
