using CallWarden.Core.Localization;

namespace CallWarden.Core.Numbers;

/// <summary>
/// One of China's 34 provincial-level divisions, keyed by its ISO 3166-2:CN code (<c>CN-GD</c>).
/// </summary>
/// <param name="IsMunicipality">Beijing, Tianjin, Shanghai, Chongqing: the division is itself the city.</param>
public sealed record Province(string Code, string NameHans, string NameHant, string NameEn, bool IsMunicipality)
{
    public string Name(DisplayLanguage language) => language switch
    {
        DisplayLanguage.ZhHant => NameHant,
        DisplayLanguage.En => NameEn,
        _ => NameHans,
    };
}
