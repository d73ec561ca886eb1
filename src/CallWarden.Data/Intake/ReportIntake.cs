using System.Threading.Channels;
using CallWarden.Core.Numbers;
using CallWarden.Core.Reputation;
using CallWarden.Data.Operations;
using Microsoft.EntityFrameworkCore;

namespace CallWarden.Data.Intake;

/// <summary>
/// The one pipeline every channel submits reports to. Submissions are validated on the caller's
/// thread, then a single writer commits whatever has queued up meanwhile in one transaction
/// (group commit). A caller's task completes only after that commit, so an acknowledged report
/// is durable: a crash right after the acknowledgement loses nothing.
/// </summary>
public sealed class ReportIntake : IAsyncDisposable
{
    private const int Attempts = 3;
    private readonly IDbContextFactory<CallWardenDbContext> _contexts;
    private readonly TimeProvider _time;
    private readonly IntakeSettings _settings;
    private readonly SubmissionValidator _validator;
    private readonly Channel<Pending> _queue = Channel.CreateUnbounded<Pending>(new UnboundedChannelOptions { SingleReader = true });
    private readonly Task _writer;
    private readonly CallWardenMetrics? _metrics;

    /// <summary>Kept by hand: a single-reader channel cannot count its items.</summary>
    private int _queued;

    public ReportIntake(
        IDbContextFactory<CallWardenDbContext> contexts,
        TimeProvider time,
        IntakeOptions? options = null,
        ReputationCalculator? calculator = null,
        NumberAttributor? attributor = null,
        CallWardenMetrics? metrics = null,
        string? notice = null)
    {
        _contexts = contexts;
        _metrics = metrics;
        _time = time;
        options ??= new IntakeOptions();
        var problems = options.Validate();
        if (problems.Count > 0)
        {
            throw new ArgumentException(string.Join("; ", problems), nameof(options));
        }

        _settings = new IntakeSettings(options, calculator ?? new ReputationCalculator(new ReputationPolicy()), new AttributionCache(attributor ?? NumberAttributor.Default),
            notice ?? Core.Privacy.PrivacyNotices.Shipped.Current);
        _validator = new SubmissionValidator(options, PhoneNumberNormalizer.Default);
        _writer = Task.Run(WriteAsync);
    }

    /// <summary>Stores the report and returns its receipt once committed, or the refused fields.</summary>
    public Task<IntakeResult> SubmitAsync(ReportSubmission submission, CancellationToken cancellationToken = default)
    {
        var (valid, errors) = _validator.Validate(submission, _time.GetUtcNow());
        if (valid is null)
        {
            return Task.FromResult(IntakeResult.Refused(errors));
        }

        var pending = new Pending(valid, cancellationToken);
        Interlocked.Increment(ref _queued);
        if (_queue.Writer.TryWrite(pending))
        {
            return pending.Completion.Task;
        }

        Interlocked.Decrement(ref _queued);
        return Task.FromException<IntakeResult>(new ObjectDisposedException(nameof(ReportIntake)));
    }

    /// <summary>Reports validated and waiting for the writer (the intake queue-depth gauge).</summary>
    public int Queued => Volatile.Read(ref _queued);

    /// <summary>How many batches the writer has committed: the benchmark's mean batch size.</summary>
    internal long Batches { get; private set; }

    public async ValueTask DisposeAsync()
    {
        _queue.Writer.TryComplete();
        await _writer.ConfigureAwait(false);
    }

    private async Task WriteAsync()
    {
        List<Pending> batch = new(_settings.Options.MaxBatch);
        while (await _queue.Reader.WaitToReadAsync().ConfigureAwait(false))
        {
            // Whatever queued while the previous batch committed goes into this one: under load
            // batches grow by themselves, and a lone report is not kept waiting for company.
            while (batch.Count < _settings.Options.MaxBatch && _queue.Reader.TryRead(out var pending))
            {
                Interlocked.Decrement(ref _queued);
                if (!pending.Cancellation.IsCancellationRequested)
                {
                    batch.Add(pending);
                }
                else
                {
                    pending.Completion.TrySetCanceled(pending.Cancellation);
                }
            }

            if (batch.Count > 0)
            {
                await CommitAsync(batch).ConfigureAwait(false);
                Batches++;
                _metrics?.IntakeBatchCommitted(batch.Count);
                batch.Clear();
            }
        }
    }

    private async Task CommitAsync(List<Pending> batch)
    {
        try
        {
            var results = await RunWithRetriesAsync([.. batch.Select(p => p.Submission)]).ConfigureAwait(false);
            for (var i = 0; i < batch.Count; i++)
            {
                batch[i].Completion.TrySetResult(results[i]);
            }
        }
        catch (Exception) when (batch.Count > 1)
        {
            // One bad report must not fail its neighbours: commit each alone, so only it fails.
            foreach (var pending in batch)
            {
                await CommitAsync([pending]).ConfigureAwait(false);
            }
        }
        catch (Exception e)
        {
            batch[0].Completion.TrySetException(e);
        }
    }

    /// <summary>
    /// Another node may take the same counter value or insert the same idempotency key first;
    /// then the whole batch is redone on fresh data.
    /// </summary>
    private async Task<IntakeResult[]> RunWithRetriesAsync(IReadOnlyList<ValidatedSubmission> items)
    {
        for (var attempt = 1; ; attempt++)
        {
            var db = await _contexts.CreateDbContextAsync().ConfigureAwait(false);
            await using (db.ConfigureAwait(false))
            {
                try
                {
                    return await new IntakeBatch(db, _settings, _time.GetUtcNow()).RunAsync(items, CancellationToken.None).ConfigureAwait(false);
                }
                catch (DbUpdateException) when (attempt < Attempts)
                {
                    // retried below with a new context
                }
            }
        }
    }

    private sealed record Pending(ValidatedSubmission Submission, CancellationToken Cancellation)
    {
        public TaskCompletionSource<IntakeResult> Completion { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);
    }
}
