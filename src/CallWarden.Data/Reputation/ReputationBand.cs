using CallWarden.Core.Reputation;

namespace CallWarden.Data.Reputation;

/// <summary>
/// Scores in bands of 10: the feed carries a change when the state or the band moves, not for
/// every point, so followers are not flooded while a number's score drifts.
/// </summary>
internal static class ReputationBand
{
    public static int Of(int score) => Math.Clamp(score, 0, 100) / 10;

    public static bool Moved(NumberReputationRecord? before, NumberReputation after) =>
        before is null
            ? after.State != ReputationState.Clean || Of(after.Score) > 0
            : before.State != after.State || Of(before.Score) != Of(after.Score);
}
