using CallWarden.Core.Reports;
using CallWarden.Core.Reputation;

namespace CallWarden.Data.Reputation;

/// <summary>How a computed reputation is stored and announced on the feed.</summary>
internal static class ReputationPayload
{
    public static object Of(NumberReputation r) => new
    {
        state = r.State.ToString(),
        score = r.Score,
        category = r.TopCategory?.ToCode(),
        block = r.SuggestsBlock,
    };

    public static void Copy(NumberReputation from, NumberReputationRecord to, DateTimeOffset now)
    {
        to.Score = from.Score;
        to.TopCategory = from.TopCategory?.ToCode();
        to.DistinctReporters = from.DistinctReporters;
        to.LastReportAt = from.LastReportAt;
        to.State = from.State;
        to.SuggestsBlock = from.SuggestsBlock;
        to.Heat = from.Heat;
        to.HeldForReview = from.HeldForReview;
        to.UpdatedAt = now;
    }
}
