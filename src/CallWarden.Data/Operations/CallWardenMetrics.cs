using System.Diagnostics;
using System.Diagnostics.Metrics;
using CallWarden.Core.Screening;

namespace CallWarden.Data.Operations;

/// <summary>
/// The one meter, <c>CallWarden</c>, and the instruments that are recorded as things happen: the
/// screening decisions and their latency, and the intake's batch sizes (issue #12 part 5). The gauges
/// that read state when scraped are in <see cref="OperationsGauges"/>. No instrument carries a phone
/// number: the tags are the closed sets of dispositions and rule codes.
/// </summary>
public sealed class CallWardenMetrics
{
    public const string MeterName = "CallWarden";

    /// <summary>A decision takes microseconds; the upper buckets catch a stalled thread.</summary>
    private static readonly double[] DecisionBuckets = [0.000_005, 0.000_01, 0.000_025, 0.000_05, 0.000_1, 0.000_25, 0.000_5, 0.001, 0.005, 0.025];

    private static readonly int[] BatchBuckets = [1, 2, 5, 10, 25, 50, 100, 250, 500, 1000];

    private readonly Counter<long> _decisions;
    private readonly Histogram<double> _decisionDuration;
    private readonly Histogram<int> _intakeBatchSize;

    public CallWardenMetrics(IMeterFactory meters)
    {
        ArgumentNullException.ThrowIfNull(meters);
        Meter = meters.Create(MeterName);
        _decisions = Meter.CreateCounter<long>("callwarden.screening.decisions", "{decision}", "Screening decisions by action and decisive rule");
        _decisionDuration = Meter.CreateHistogram("callwarden.screening.decision.duration", "s", "Time the engine took to decide one call",
            advice: new InstrumentAdvice<double> { HistogramBucketBoundaries = DecisionBuckets });
        _intakeBatchSize = Meter.CreateHistogram("callwarden.intake.batch.size", "{report}", "Reports committed together by the intake's writer",
            advice: new InstrumentAdvice<int> { HistogramBucketBoundaries = BatchBuckets });
    }

    public Meter Meter { get; }

    /// <summary>Whether anyone listens to the decision latency: when not, the caller need not read the clock.</summary>
    public bool TimesDecisions => _decisionDuration.Enabled;

    /// <summary>One decision; <paramref name="elapsed"/> from <see cref="Stopwatch.GetTimestamp"/> around the engine's call.</summary>
    public void Decided(Decision decision, TimeSpan elapsed)
    {
        ArgumentNullException.ThrowIfNull(decision);
        if (_decisions.Enabled)
        {
            // Both tag values are interned literals: the TagList lives on the stack, nothing is allocated.
            var tags = new TagList { { "action", decision.Action.ToCode() }, { "rule", decision.DecidedBy.RuleId } };
            _decisions.Add(1, tags);
        }

        if (_decisionDuration.Enabled)
        {
            _decisionDuration.Record(elapsed.TotalSeconds);
        }
    }

    /// <summary>The intake's writer committed <paramref name="reports"/> reports in one transaction.</summary>
    public void IntakeBatchCommitted(int reports) => _intakeBatchSize.Record(reports);
}
