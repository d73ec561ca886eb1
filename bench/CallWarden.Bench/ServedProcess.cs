using System.Diagnostics;

namespace CallWarden.Bench;

/// <summary>A <c>callwarden serve</c> the bench started: ready once <c>/readyz</c> answers 200 (the snapshot is built).</summary>
internal static class ServedProcess
{
    /// <summary>Waits for <c>/readyz</c>; throws when the process exits first or <paramref name="limit"/> passes.</summary>
    public static async Task WaitUntilReadyAsync(HttpClient http, Process serve, TimeSpan limit)
    {
        var clock = Stopwatch.StartNew();
        while (!await ReadyAsync(http))
        {
            if (serve.HasExited)
            {
                throw new InvalidOperationException($"callwarden serve exited with {serve.ExitCode}");
            }

            if (clock.Elapsed > limit)
            {
                throw new TimeoutException($"callwarden serve was not ready within {limit.TotalMinutes:F0} minutes");
            }

            await Task.Delay(100);
        }
    }

    private static async Task<bool> ReadyAsync(HttpClient http)
    {
        try
        {
            using var probe = new HttpRequestMessage(HttpMethod.Get, "/readyz");
            using var cancel = new CancellationTokenSource(TimeSpan.FromSeconds(5));
            return (await http.SendAsync(probe, cancel.Token)).IsSuccessStatusCode;
        }
        catch (Exception e) when (e is HttpRequestException or TaskCanceledException)
        {
            return false;
        }
    }
}
