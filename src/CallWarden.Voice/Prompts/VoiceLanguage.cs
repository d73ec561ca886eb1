namespace CallWarden.Voice.Prompts;

/// <summary>
/// The languages the line speaks. Written Chinese has two scripts but the line speaks two Chinese
/// languages: Mandarin for the mainland (and Taiwan, whose callers understand it), Cantonese for
/// Hong Kong (+852) and Macau (+853) callers, whose written language is traditional Chinese — so
/// a Cantonese caller's SMS is sent in zh-Hant.
/// </summary>
public enum VoiceLanguage
{
    Mandarin,
    Cantonese,
    English,
}
