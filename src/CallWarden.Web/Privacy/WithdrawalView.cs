using CallWarden.Data.Privacy;

namespace CallWarden.Web.Privacy;

/// <summary>The answer to <c>POST /api/v1/me/withdrawal</c>: when, and how many records each section removed or made anonymous.</summary>
internal sealed record WithdrawalView(DateTimeOffset WithdrawnAt, IReadOnlyDictionary<string, int> Removed)
{
    public static WithdrawalView Of(WithdrawalOutcome outcome) => new(outcome.At, outcome.Removed);
}
