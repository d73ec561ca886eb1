using System.Collections.Concurrent;
using CallWarden.Core.Numbers;
using Microsoft.Extensions.Options;

namespace CallWarden.Data.Intake;

/// <summary>
/// Reports (and "this number is legitimate" feedback) per reporter per hour, whichever channel
/// carries them: the API, the web form, SMS and mail (issue #14). Applied by each channel's
/// handler rather than as middleware, because a gateway carries many reporters and the reporter is
/// only known from the message. Fixed windows on the injected clock, kept in memory per node.
/// </summary>
public sealed class ReporterLimits(IOptions<ReporterLimitsOptions> options, TimeProvider time)
{
    private static readonly TimeSpan Window = TimeSpan.FromHours(1);

    /// <summary>Windows are swept when this many reporters are tracked, so a flood of senders cannot grow memory without end.</summary>
    private const int SweepAbove = 100_000;

    private readonly ConcurrentDictionary<string, Counter> _counters = new(StringComparer.Ordinal);

    /// <summary>
    /// Counts one submission. A reporter is counted by their phone when it is a number (however it
    /// is written), else by their identity (a mail address, an account), else as <paramref name="fallback"/>.
    /// </summary>
    public ReporterVerdict Take(string? phone, string? identity, string fallback)
    {
        var now = time.GetUtcNow();
        if (_counters.Count > SweepAbove)
        {
            Sweep(now);
        }

        var counter = _counters.GetOrAdd(Key(phone, identity, fallback), _ => new Counter());
        lock (counter)
        {
            if (now >= counter.Start + Window)
            {
                (counter.Start, counter.Count, counter.Told) = (now, 0, false);
            }

            if (counter.Count < options.Value.ReportsPerHour)
            {
                counter.Count++;
                return ReporterVerdict.Allow;
            }

            var first = !counter.Told;
            counter.Told = true;
            return new ReporterVerdict(false, counter.Start + Window - now, first);
        }
    }

    /// <summary>Null when the reporter may submit now, else how long until they may.</summary>
    public TimeSpan? Refusal(string? phone, string? identity, string fallback) =>
        Take(phone, identity, fallback) is { Allowed: false } verdict ? verdict.RetryAfter : null;

    private void Sweep(DateTimeOffset now)
    {
        foreach (var (key, counter) in _counters)
        {
            if (now >= counter.Start + Window)
            {
                _counters.TryRemove(key, out _);
            }
        }
    }

    private static string Key(string? phone, string? identity, string fallback)
    {
        if (!string.IsNullOrWhiteSpace(phone) && phone.Length <= SubmissionLimits.TargetText && PhoneNumberNormalizer.Default.Normalize(phone) is { IsValid: true } number)
        {
            return number.ToE164String();
        }

        return string.IsNullOrWhiteSpace(identity) ? fallback : identity.Trim().ToLowerInvariant();
    }

    private sealed class Counter
    {
        public DateTimeOffset Start { get; set; } = DateTimeOffset.MinValue;

        public int Count { get; set; }

        public bool Told { get; set; }
    }
}
