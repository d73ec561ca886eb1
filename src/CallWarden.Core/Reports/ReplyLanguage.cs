namespace CallWarden.Core.Reports;

/// <summary>The language a reply is written in: the language the sender wrote in.</summary>
public enum ReplyLanguage
{
    /// <summary>English, for messages without Chinese characters.</summary>
    En = 0,
    ZhHans,
    ZhHant,
}
