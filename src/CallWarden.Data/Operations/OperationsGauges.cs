using System.Diagnostics.Metrics;
using CallWarden.Data.Intake;
using CallWarden.Data.Outbox;
using CallWarden.Data.Screening;

namespace CallWarden.Data.Operations;

/// <summary>
/// The gauges of the <c>CallWarden</c> meter, read when scraped: the intake's queue, the outbox by
/// channel, the feed lag, and the community snapshot's version and size (issue #12 part 5). What
/// comes from the store goes through <see cref="StoreReadings"/>, so scrapes cost at most one query
/// per interval. Created once, when metrics are on.
/// </summary>
public sealed class OperationsGauges
{
    public OperationsGauges(CallWardenMetrics metrics, ReportIntake intake, CommunityFollower follower, StoreReadings store, TimeProvider time)
    {
        ArgumentNullException.ThrowIfNull(metrics);
        var meter = metrics.Meter;
        meter.CreateObservableGauge("callwarden.intake.queue.depth", () => intake.Queued, "{report}", "Reports waiting for the intake's writer");
        meter.CreateObservableGauge("callwarden.outbox.depth", () => store.Current().Outbox.Select(b => new Measurement<int>(b.Unsent, Channel(b.Channel))), "{message}", "Unsent outbox messages by channel");
        meter.CreateObservableGauge("callwarden.outbox.oldest.age", () => store.Current().Outbox.Select(b => new Measurement<double>(b.OldestAge.TotalSeconds, Channel(b.Channel))), "s", "How long the oldest unsent message of each channel has waited");
        meter.CreateObservableGauge("callwarden.feed.lag", () => FeedLag.Of(follower, store.Current().NewestChange, time.GetUtcNow()) is { } lag ? [new Measurement<double>(lag.TotalSeconds)] : Array.Empty<Measurement<double>>(), "s", "How long this node's snapshot has been behind the store's change feed");
        meter.CreateObservableGauge("callwarden.feed.behind", () => Math.Max(0, store.Current().NewestChange - follower.Current.Version), "{change}", "Changes in the store this node's snapshot has not applied");
        meter.CreateObservableGauge("callwarden.snapshot.version", () => follower.Current.Version, "{change}", "The change-feed sequence of this node's community snapshot");
        meter.CreateObservableGauge("callwarden.snapshot.numbers", () => follower.Current.Index.Count, "{number}", "Numbers in the community snapshot's index");
        meter.CreateObservableGauge("callwarden.snapshot.size", () => SnapshotParts(follower.Current), "By", "Bytes of the community snapshot by part: the index, the side table of reported numbers, the registries");
    }

    private static Measurement<long>[] SnapshotParts(CommunitySnapshot snapshot) =>
    [
        new(snapshot.Index.SizeInBytes, new KeyValuePair<string, object?>("part", "index")),
        new(snapshot.SizeInBytes - snapshot.Index.SizeInBytes - snapshot.Registry.SizeInBytes, new KeyValuePair<string, object?>("part", "table")),
        new(snapshot.Registry.SizeInBytes, new KeyValuePair<string, object?>("part", "registry")),
    ];

    private static KeyValuePair<string, object?> Channel(OutboxChannel channel) => new("channel", channel switch
    {
        OutboxChannel.Sms => "sms",
        OutboxChannel.Email => "email",
        _ => "api",
    });
}
