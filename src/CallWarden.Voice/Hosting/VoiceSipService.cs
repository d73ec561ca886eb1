using System.Net;
using System.Net.Sockets;
using CallWarden.Voice.Calls;
using CallWarden.Voice.Media;
using CallWarden.Voice.Sip;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace CallWarden.Voice.Hosting;

/// <summary>
/// The voice service in <c>callwarden serve</c>: binds the SIP socket at start (a taken port stops the
/// start, naming it), reads datagrams into the <see cref="SipUserAgent"/> until stopped, then ends every
/// call (BYE to answered ones, 503 to ringing ones).
/// </summary>
internal sealed partial class VoiceSipService : BackgroundService
{
    private readonly VoiceOptions _options;
    private readonly ICallRouter _router;
    private readonly TimeProvider _time;
    private readonly ILogger<VoiceSipService> _logger;
    private readonly ILoggerFactory _loggers;
    private UdpSipTransport? _transport;
    private RtpPacer? _pacer;
    private SipUserAgent? _agent;

    public VoiceSipService(IOptions<VoiceOptions> options, ICallRouter router, TimeProvider time, ILoggerFactory loggers)
    {
        _options = options.Value;
        _router = router;
        _time = time;
        _loggers = loggers;
        _logger = loggers.CreateLogger<VoiceSipService>();
    }

    /// <summary>The agent once started (tests read its state).</summary>
    public SipUserAgent? Agent => _agent;

    public override Task StartAsync(CancellationToken cancellationToken)
    {
        var listen = _options.ListenEndPoint;
        try
        {
            _transport = new UdpSipTransport(listen);
        }
        catch (SocketException e)
        {
            throw new InvalidOperationException($"{VoiceOptions.Section}:{nameof(VoiceOptions.Listen)} {listen} cannot be bound: {e.Message}", e);
        }

        _pacer = new RtpPacer(_time);
        _agent = new SipUserAgent(_transport, _router, _options, new RtpPortPool(listen.Address, _options.RtpPortMin, _options.RtpPortMax), _pacer, _time, _loggers.CreateLogger<SipUserAgent>());
        LogListening(_transport.Local, _options.RtpPortMin, _options.RtpPortMax);
        return base.StartAsync(cancellationToken);
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var socket = _transport!.Socket;
        var buffer = new byte[SipParser.MaxMessageBytes + 1];
        EndPoint any = new IPEndPoint(socket.AddressFamily == AddressFamily.InterNetworkV6 ? IPAddress.IPv6Any : IPAddress.Any, 0);
        while (!stoppingToken.IsCancellationRequested)
        {
            SocketReceiveFromResult received;
            try
            {
                received = await socket.ReceiveFromAsync(buffer, SocketFlags.None, any, stoppingToken);
            }
            catch (OperationCanceledException)
            {
                break;
            }
            catch (SocketException)
            {
                continue;
            }

            try
            {
                _agent!.Receive(buffer.AsSpan(0, received.ReceivedBytes), (IPEndPoint)received.RemoteEndPoint);
            }
            catch (Exception e) when (e is not OutOfMemoryException)
            {
                // A bug in handling one datagram must not stop the service for every other call.
                LogDatagramFailed(e);
            }
        }
    }

    public override async Task StopAsync(CancellationToken cancellationToken)
    {
        await base.StopAsync(cancellationToken);
        _agent?.Dispose();
        _pacer?.Dispose();
        _transport?.Dispose();
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Voice service listening on udp:{Listen}, RTP ports {RtpMin}-{RtpMax}")]
    private partial void LogListening(IPEndPoint listen, int rtpMin, int rtpMax);

    [LoggerMessage(Level = LogLevel.Error, Message = "A SIP datagram could not be handled")]
    private partial void LogDatagramFailed(Exception exception);
}
