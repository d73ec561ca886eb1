namespace CallWarden.Cli;

/// <summary>The clock of <c>--now</c>: replaying a message as if it arrived at a given instant.</summary>
internal sealed class FixedTimeProvider(DateTimeOffset now) : TimeProvider
{
    public override DateTimeOffset GetUtcNow() => now.ToUniversalTime();
}
