namespace CallWarden.Core.Reputation;

/// <summary>What is known about a number besides its evidence.</summary>
/// <param name="VerifiedBusiness">The number is a registered, verified business line.</param>
/// <param name="BusinessOwner">The owner shown with a verified business number.</param>
/// <param name="Disputed">The holder appealed and no decision has been made yet.</param>
/// <param name="ReviewedThrough">An analyst reviewed the evidence up to this instant; it is not held for review again.</param>
public sealed record NumberFacts(
    bool VerifiedBusiness = false,
    string? BusinessOwner = null,
    bool Disputed = false,
    DateTimeOffset? ReviewedThrough = null)
{
    public static readonly NumberFacts Ordinary = new();
}
