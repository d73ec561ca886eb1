namespace CallWarden.Channels.Sms;

/// <summary>Wakes the sender as soon as something is queued, so a reply does not wait for the next poll.</summary>
internal sealed class SmsOutboxSignal
{
    private readonly SemaphoreSlim _signal = new(0, 1);

    public void Wake()
    {
        if (_signal.CurrentCount == 0)
        {
            try
            {
                _signal.Release();
            }
            catch (SemaphoreFullException)
            {
                // Another thread woke it first.
            }
        }
    }

    /// <summary>Returns when woken or after <paramref name="timeout"/> on <paramref name="time"/>'s clock.</summary>
    public async Task WaitAsync(TimeSpan timeout, TimeProvider time, CancellationToken cancellationToken)
    {
        using var done = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        var woken = _signal.WaitAsync(done.Token);
        await Task.WhenAny(woken, Task.Delay(timeout, time, done.Token)).ConfigureAwait(false);
        await done.CancelAsync().ConfigureAwait(false);
        try
        {
            await woken.ConfigureAwait(false);
        }
        catch (OperationCanceledException)
        {
            // Timed out or stopping: the wait is over either way.
        }
    }
}
