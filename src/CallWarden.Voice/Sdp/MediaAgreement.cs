using System.Net;
using CallWarden.Voice.Media;

namespace CallWarden.Voice.Sdp;

/// <summary>
/// What offer and answer agreed: the law and its payload type, telephone-event's payload type when
/// the offer had one, where to send RTP (null while the caller is on hold), and the answer's bytes.
/// </summary>
internal sealed record MediaAgreement(G711Law Law, int PayloadType, int? TelephoneEvent, IPEndPoint? Remote, bool WeSend, bool WeReceive, byte[] AnswerSdp);
