using System.Net.Sockets;
using System.Text;
using System.Web;

namespace CallWarden.System.Tests.Components;

/// <summary>
/// The phone network side of Kannel's fake SMSC, spoken directly (what /usr/lib/kannel/test/fakesmsc
/// does): one connection for MO and MT, lines <c>&lt;from&gt; &lt;to&gt; &lt;type&gt; &lt;data&gt;</c>,
/// UCS-2 data URL-encoded UTF-16BE. bearerbox serves one such client at a time.
/// </summary>
internal sealed class KannelFakeSmsc : IAsyncDisposable
{
    private readonly TcpClient _client = new();
    private readonly List<(string From, string To, string Type, string Text)> _received = [];
    private NetworkStream? _stream;
    private Task? _reading;

    public async Task ConnectAsync(TimeSpan timeout)
    {
        var clock = global::System.Diagnostics.Stopwatch.StartNew();
        while (true)
        {
            try
            {
                await _client.ConnectAsync("127.0.0.1", KannelGateway.FakeSmscPort);
                break;
            }
            catch (SocketException) when (clock.Elapsed < timeout)
            {
                await Task.Delay(200);
            }
        }

        _stream = _client.GetStream();
        _reading = Task.Run(ReadAsync);
    }

    public Task SendTextAsync(string from, string to, string text) => WriteAsync($"{from} {to} text {text}\n");

    public Task SendUcs2Async(string from, string to, string text) =>
        WriteAsync($"{from} {to} ucs2 {string.Concat(Encoding.BigEndianUnicode.GetBytes(text).Select(b => $"%{b:X2}"))}\n");

    /// <summary>The parts of long messages still waiting for their siblings, by sender, recipient and reference.</summary>
    private readonly Dictionary<(string From, string To, byte Reference), byte[]?[]> _parts = [];

    public IReadOnlyList<(string From, string To, string Type, string Text)> Received
    {
        get
        {
            lock (_received)
            {
                return [.. _received];
            }
        }
    }

    public async Task<(string From, string To, string Type, string Text)> WaitForAsync(Func<(string From, string To, string Type, string Text), bool> match, TimeSpan timeout)
    {
        var clock = global::System.Diagnostics.Stopwatch.StartNew();
        while (clock.Elapsed < timeout)
        {
            var found = Received.FirstOrDefault(match);
            if (found != default)
            {
                return found;
            }

            await Task.Delay(100);
        }

        Assert.Fail($"No matching MT within {timeout}; received: {string.Join(" | ", Received)}");
        return default;
    }

    public async ValueTask DisposeAsync()
    {
        _client.Dispose();
        if (_reading is not null)
        {
            await _reading;
        }
    }

    private async Task WriteAsync(string line)
    {
        await _stream!.WriteAsync(Encoding.ASCII.GetBytes(line));
        await _stream.FlushAsync();
    }

    private async Task ReadAsync()
    {
        try
        {
            using var reader = new StreamReader(_stream!, Encoding.Latin1);
            while (await reader.ReadLineAsync() is { } line)
            {
                var parts = line.Split(' ', 4);
                if (parts.Length < 4)
                {
                    continue;
                }

                if (parts[2] == "udh")
                {
                    Reassemble(parts[0], parts[1], parts[3]);
                    continue;
                }

                var text = parts[2] is "ucs2" or "ucs-2"
                    ? Encoding.BigEndianUnicode.GetString(HttpUtility.UrlDecodeToBytes(parts[3], Encoding.Latin1))
                    : parts[3];
                lock (_received)
                {
                    _received.Add((parts[0], parts[1], parts[2], text));
                }
            }
        }
        catch (Exception e) when (e is IOException or ObjectDisposedException)
        {
            // The test closed the connection.
        }
    }

    /// <summary>
    /// A long message arrives as parts with a concatenation header (05 00 03 ref total seq); once every part is
    /// here it is one message, as a phone shows it. The parts' bytes are joined before decoding: a character may
    /// straddle two parts.
    /// </summary>
    private void Reassemble(string from, string to, string udhAndData)
    {
        var split = udhAndData.Split(" data ", 2);
        var udh = HttpUtility.UrlDecodeToBytes(split[0], Encoding.Latin1);
        var data = split.Length == 2 ? HttpUtility.UrlDecodeToBytes(split[1], Encoding.Latin1) : [];
        if (udh.Length < 6 || udh[1] != 0x00 || udh[2] != 0x03)
        {
            lock (_received)
            {
                _received.Add((from, to, "udh", udhAndData));
            }

            return;
        }

        var key = (from, to, udh[3]);
        lock (_received)
        {
            if (!_parts.TryGetValue(key, out var parts))
            {
                _parts[key] = parts = new byte[udh[4]][];
            }

            parts[Math.Clamp(udh[5] - 1, 0, parts.Length - 1)] = data;
            if (parts.Any(p => p is null))
            {
                return;
            }

            _parts.Remove(key);
            var bytes = parts.SelectMany(p => p!).ToArray();
            var ucs2 = bytes.Length % 2 == 0 && bytes.Where((_, i) => i % 2 == 0).Any(b => b == 0);
            _received.Add((from, to, ucs2 ? "ucs-2" : "text", ucs2 ? Encoding.BigEndianUnicode.GetString(bytes) : Encoding.Latin1.GetString(bytes)));
        }
    }
}
