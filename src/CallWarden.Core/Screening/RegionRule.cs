namespace CallWarden.Core.Screening;

/// <summary>
/// What to do with callers whose numbers are registered in a place. The most specific rule that
/// applies wins: city over province over country.
/// </summary>
/// <param name="Code">The country (<c>NG</c>), division (<c>CN-GD</c>) or city (<c>深圳市</c>).</param>
/// <param name="Disposition">A label or a blocking disposition.</param>
public sealed record RegionRule(RegionScope Scope, string Code, Disposition Disposition);
