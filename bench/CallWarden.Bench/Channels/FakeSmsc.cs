using System.Net.Sockets;
using System.Text;

namespace CallWarden.Bench.Channels;

/// <summary>
/// The phone side of Kannel's fake SMSC, spoken as /usr/lib/kannel/test/fakesmsc does (lines
/// <c>&lt;from&gt; &lt;to&gt; text &lt;data&gt;</c>), so that a burst holds N distinct messages; MTs
/// coming back are counted so the connection never backs up.
/// </summary>
internal sealed class FakeSmsc : IAsyncDisposable
{
    private readonly TcpClient _client = new();
    private Task? _reading;
    private int _received;

    public int Received => Volatile.Read(ref _received);

    public static async Task<FakeSmsc> ConnectAsync()
    {
        var smsc = new FakeSmsc();
        for (var i = 0; ; i++)
        {
            try
            {
                await smsc._client.ConnectAsync("127.0.0.1", KannelBoxes.FakeSmscPort);
                break;
            }
            catch (SocketException) when (i < 50)
            {
                await Task.Delay(200);
            }
        }

        smsc._reading = Task.Run(smsc.ReadAsync);
        return smsc;
    }

    /// <summary>All lines in one write, as fakesmsc's burst does.</summary>
    public async Task SendBurstAsync(IEnumerable<(string From, string To, string Text)> messages)
    {
        var burst = new StringBuilder();
        foreach (var (from, to, text) in messages)
        {
            burst.Append(from).Append(' ').Append(to).Append(" text ").Append(text).Append('\n');
        }

        var stream = _client.GetStream();
        await stream.WriteAsync(Encoding.ASCII.GetBytes(burst.ToString()));
        await stream.FlushAsync();
    }

    public async ValueTask DisposeAsync()
    {
        _client.Dispose();
        if (_reading is not null)
        {
            await _reading;
        }
    }

    private async Task ReadAsync()
    {
        try
        {
            using var reader = new StreamReader(_client.GetStream(), Encoding.Latin1);
            while (await reader.ReadLineAsync() is not null)
            {
                Interlocked.Increment(ref _received);
            }
        }
        catch (Exception e) when (e is IOException or ObjectDisposedException)
        {
            // The bench closed the connection.
        }
    }
}
