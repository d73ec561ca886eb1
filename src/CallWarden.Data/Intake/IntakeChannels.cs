namespace CallWarden.Data.Intake;

/// <summary>The code a channel is counted under in the rollups (<c>sms</c>, <c>email</c>, <c>web</c>, <c>api</c>, <c>import</c>, <c>voice</c>).</summary>
public static class IntakeChannels
{
    private static readonly Dictionary<IntakeChannel, string> Codes = Enum.GetValues<IntakeChannel>().ToDictionary(c => c, c => c.ToString().ToLowerInvariant());

    /// <summary>Every channel in the order of <see cref="IntakeChannel"/>.</summary>
    public static IReadOnlyList<IntakeChannel> All { get; } = Enum.GetValues<IntakeChannel>();

    public static string Code(this IntakeChannel channel) => Codes.GetValueOrDefault(channel) ?? channel.ToString().ToLowerInvariant();
}
