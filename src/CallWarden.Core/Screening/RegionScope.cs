namespace CallWarden.Core.Screening;

/// <summary>What a region rule names.</summary>
public enum RegionScope : byte
{
    /// <summary>An ISO 3166-1 country (<c>NG</c>, <c>HK</c>).</summary>
    Country = 0,

    /// <summary>A provincial-level division of China by its ISO 3166-2 code (<c>CN-GD</c>).</summary>
    Province,

    /// <summary>A city as the geocoder names it in simplified Chinese (<c>深圳市</c>).</summary>
    City,
}
