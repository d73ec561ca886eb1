namespace CallWarden.Core.Localization;

/// <summary>The languages place and carrier names are shown in.</summary>
public enum DisplayLanguage : byte
{
    /// <summary>Simplified Chinese (mainland), the default.</summary>
    ZhHans = 0,

    /// <summary>Traditional Chinese (Taiwan, Hong Kong, Macao).</summary>
    ZhHant,

    En,
}
