namespace CallWarden.Web.Pages.Desk.Cases;

/// <summary>What the <c>_Select</c> partial draws: one filter list with its options as (code, name).</summary>
internal sealed record FilterSelect(string Field, string Label, string Any, string? Selected, IReadOnlyList<(string Code, string Name)> Options);
