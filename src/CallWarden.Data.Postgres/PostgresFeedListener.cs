using CallWarden.Data.Feed;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Npgsql;

namespace CallWarden.Data.Postgres;

/// <summary>
/// Keeps one connection per node LISTENing on <see cref="ChangeFeed.NotifyChannel"/> and completes
/// <see cref="NextChange"/> at every notification. When the connection is lost the followers poll
/// (<see cref="NextChange"/> is null) while it reconnects, waiting 1 s, then twice as long each time
/// up to 30 s; once listening again it wakes them, since a write may have passed unheard.
/// </summary>
public sealed partial class PostgresFeedListener(string connectionString, TimeProvider time, ILogger<PostgresFeedListener> logger) : BackgroundService, IFeedNotifications
{
    /// <summary>The connection's application_name, by which an operator finds it in pg_stat_activity.</summary>
    public const string ApplicationName = "callwarden-feed-listener";

    private static readonly TimeSpan FirstRetry = TimeSpan.FromSeconds(1);
    private static readonly TimeSpan LastRetry = TimeSpan.FromSeconds(30);

    private readonly string _connectionString = new NpgsqlConnectionStringBuilder(connectionString)
    {
        ApplicationName = ApplicationName,
        // A server that vanishes without closing the socket is noticed within a minute.
        KeepAlive = 15,
        Pooling = false,
    }.ToString();

    private TaskCompletionSource _next = NewSignal();
    private volatile bool _listening;

    /// <summary>True while the connection is LISTENing.</summary>
    public bool IsListening => _listening;

    public Task? NextChange() => _listening ? Volatile.Read(ref _next).Task : null;

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var retry = FirstRetry;
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                await using var connection = new NpgsqlConnection(_connectionString);
                await connection.OpenAsync(stoppingToken).ConfigureAwait(false);
                connection.Notification += (_, _) => Signal();
                await using (var listen = new NpgsqlCommand($"LISTEN {ChangeFeed.NotifyChannel}", connection))
                {
                    await listen.ExecuteNonQueryAsync(stoppingToken).ConfigureAwait(false);
                }

                _listening = true;
                retry = FirstRetry;
                LogListening();
                Signal();
                while (true)
                {
                    await connection.WaitAsync(stoppingToken).ConfigureAwait(false);
                }
            }
            catch (Exception e) when (!stoppingToken.IsCancellationRequested)
            {
                LogLost(e, retry);
            }
            catch (Exception) when (stoppingToken.IsCancellationRequested)
            {
                // Stopping: however the connection gave up, there is nothing to report.
                return;
            }
            finally
            {
                _listening = false;
            }

            await Task.Delay(retry, time, stoppingToken).ConfigureAwait(false);
            retry = retry * 2 < LastRetry ? retry * 2 : LastRetry;
        }
    }

    private static TaskCompletionSource NewSignal() => new(TaskCreationOptions.RunContinuationsAsynchronously);

    /// <summary>Completes the task the followers hold and gives the next ones a new one.</summary>
    private void Signal() => Interlocked.Exchange(ref _next, NewSignal()).TrySetResult();

    [LoggerMessage(Level = LogLevel.Information, Message = "Listening to the change feed's notifications")]
    private partial void LogListening();

    [LoggerMessage(Level = LogLevel.Warning, Message = "Lost the change feed's notifications; polling, reconnecting in {Retry}")]
    private partial void LogLost(Exception exception, TimeSpan retry);
}
