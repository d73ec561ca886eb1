using System.Net;
using CallWarden.Voice.Sip;

namespace CallWarden.Fuzz.Targets;

/// <summary>
/// The SIP datagram reader, <see cref="SipParser"/>, over the input as one UDP datagram. It documents
/// that it never throws; a request it accepts must be answerable: the response built for it
/// (<see cref="SipResponse"/>, the way the service answers) reads back as a valid response to the
/// same Call-ID and CSeq, and the caller's number can be taken from it.
/// </summary>
internal sealed class SipMessageTarget : IFuzzTarget
{
    private static readonly IPEndPoint Source = new(IPAddress.Loopback, 5061);

    public void Run(byte[] input)
    {
        var result = SipParser.Parse(input);
        if (result.IsValid == (result.Error is not null))
        {
            throw new FuzzFinding("the reader answered with both a message and an error, or neither");
        }

        if (result.Message is not { IsRequest: true } request || !(result.IsValid || result.CanAnswer400))
        {
            return;
        }

        _ = CallerIdentity.Of(request);
        _ = SipText.UriUser(request.RequestUri);
        var response = SipParser.Parse(SipResponse.Build(request, Source, result.IsValid ? 200 : 400, "OK", "fuzz"));
        if (result.IsValid && (!response.IsValid || response.Message!.CallId != request.CallId || response.Message.CSeqNumber != request.CSeqNumber))
        {
            throw new FuzzFinding($"the response to a valid request does not read back: {response.Error}");
        }

        _ = SipResponse.Destination(request, Source);
    }
}
