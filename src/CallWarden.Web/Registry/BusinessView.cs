using CallWarden.Core.Registry;
using CallWarden.Data.Registry;

namespace CallWarden.Web.Registry;

/// <summary>A business as the administrators' API lists it.</summary>
internal sealed record BusinessView(int Id, string Name, string? NameTraditional, string? NameEnglish, string Licence, string ContactName, string ContactPhone, string? ContactEmail, string State, DateTimeOffset AppliedAt, DateTimeOffset? DecidedAt, string? DecidedBy, string? DecisionNote, BusinessLineView[] Lines)
{
    public static BusinessView Of(BusinessRecord b) => new(
        b.Id, b.Name, b.NameTraditional, b.NameEnglish, b.Licence, b.ContactName, "+" + b.ContactPhone, b.ContactEmail,
        b.State.ToString().ToLowerInvariant(), b.AppliedAt, b.DecidedAt, b.DecidedBy, b.DecisionNote,
        [.. b.Lines.OrderBy(l => l.Id).Select(l => new BusinessLineView("+" + l.Number, l.Kind, l.Categories.ToCodes()))]);
}
