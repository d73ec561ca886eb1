using System.Net;
using CallWarden.Voice.Sdp;

namespace CallWarden.Fuzz.Targets;

/// <summary>
/// The SDP offer reader, <see cref="SdpParser"/>, and the answer built from what it read
/// (<see cref="SdpNegotiation"/>). Neither throws; an answer that is given reads back as SDP with the
/// same number of media lines and exactly one accepted stream on our port.
/// </summary>
internal sealed class SdpOfferTarget : IFuzzTarget
{
    public void Run(byte[] input)
    {
        var (offer, error) = SdpParser.Parse(input);
        if ((offer is null) == (error is null))
        {
            throw new FuzzFinding("the reader answered with both an offer and an error, or neither");
        }

        if (offer is null)
        {
            return;
        }

        var (agreement, refusal) = SdpNegotiation.Answer(offer, IPAddress.Loopback, 20000, 1, 1);
        if (agreement is null)
        {
            return;
        }

        var (answer, problem) = SdpParser.Parse(agreement.AnswerSdp);
        if (answer is null || answer.Media.Count != offer.Media.Count || answer.Media.Count(m => m.Port == 20000) != 1 || refusal is not null)
        {
            throw new FuzzFinding($"the answer does not read back as a matching answer: {problem}");
        }
    }
}
