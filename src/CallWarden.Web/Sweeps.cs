using CallWarden.Data.Privacy;
using CallWarden.Data.Screening;
using CallWarden.Data.Workflow;
using CallWarden.Web.Access;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace CallWarden.Web;

/// <summary>
/// Runs the store's sweeps on the injected clock: restrictions whose end has come are announced,
/// cases an earlier version left actioned are told and closed, overdue cases are flagged, old
/// decision-log entries are pruned, and the retention policy removes what is past its period
/// (issue #10 part 3). A failed round is logged and retried next round, never fatal.
/// </summary>
internal sealed partial class Sweeps(
    CarrierActionExpiry expiry, OverdueSweep overdue, CaseWorkflow workflow, DecisionLog decisions, LoginBackoff logins, RetentionSweep retention,
    TimeProvider time, IOptions<WebOptions> options, ILogger<Sweeps> logger) : BackgroundService
{
    /// <summary>One round of both sweeps at the clock's present time.</summary>
    public async Task RunOnceAsync(CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        var ended = await expiry.RunOnceAsync(now, cancellationToken).ConfigureAwait(false);
        var closed = await workflow.TellActionedAsync(cancellationToken).ConfigureAwait(false);
        var late = await overdue.RunOnceAsync(now, cancellationToken).ConfigureAwait(false);
        var pruned = await decisions.PruneAsync(cancellationToken).ConfigureAwait(false);
        var forgotten = await logins.PruneAsync(now, cancellationToken).ConfigureAwait(false);
        var retained = await retention.ApplyAsync(now, cancellationToken).ConfigureAwait(false);
        LogRound(ended, closed, late, pruned, forgotten, string.Join(" ", retained.Select(r => $"{r.Kind}={r.Count}")));
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        // A delay after each round rather than a periodic timer: when the clock jumps (a suspended
        // machine, a test's fake clock) one round catches up, instead of one per missed period.
        while (!stoppingToken.IsCancellationRequested)
        {
            await Task.Delay(options.Value.SweepInterval, time, stoppingToken).ConfigureAwait(false);
            try
            {
                await RunOnceAsync(stoppingToken).ConfigureAwait(false);
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                if (stoppingToken.IsCancellationRequested)
                {
                    // A round cut short by stopping (whatever the provider throws for a cancelled command) is no failure.
                    return;
                }

                LogFailure(e);
            }
        }
    }

    [LoggerMessage(Level = LogLevel.Debug, Message = "Sweep: {Ended} restrictions ended, {Closed} cases closed after telling reporters, {Overdue} cases overdue, {Pruned} decisions pruned, {Forgotten} login failure counts forgotten, retention removed {Retained}")]
    private partial void LogRound(int ended, int closed, int overdue, int pruned, int forgotten, string retained);

    [LoggerMessage(Level = LogLevel.Error, Message = "Sweep failed; retrying next round")]
    private partial void LogFailure(Exception exception);
}
