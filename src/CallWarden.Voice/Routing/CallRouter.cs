using CallWarden.Core.Screening;
using CallWarden.Voice.Announcements;
using CallWarden.Voice.Calls;
using CallWarden.Voice.ReportLine;

namespace CallWarden.Voice.Routing;

/// <summary>
/// Decides, per INVITE, what the voice service does with it: a blocked call handed over for its
/// announcement hears it and ends with its status; a call to the report number or a carrier's hotline
/// served here is answered by the report line; anything else is not a number this service serves (404).
/// </summary>
internal sealed class CallRouter(ReportLineOptions options, ICallScript reportLine, BlockedCallAnnouncements announcements) : ICallRouter
{
    private static readonly RefuseCall NotServed = new(404, "Not Found");

    private readonly HashSet<string> _served = [options.ServiceNumber, .. options.CarrierNumbers];

    public CallPlan Route(IncomingCall call)
    {
        ArgumentNullException.ThrowIfNull(call);
        if (call.Announcement is { } disposition)
        {
            // A disposition without an announcement should not have been handed over: answer as the proxy would have.
            return (CallPlan?)announcements.For(disposition) ?? (disposition.Blocks() && disposition != Disposition.Voicemail
                ? new RefuseCall(disposition.SipCode(), disposition.SipReasonPhrase())
                : NotServed);
        }

        return _served.Contains(ServiceNumber(call.DialledNumber)) ? new AnswerCall(reportLine) : NotServed;
    }

    /// <summary>The dialled user part as digits: <c>+12321</c>, <c>12321</c> and <c>tel</c>-style visual separators compare alike.</summary>
    internal static string ServiceNumber(string dialled)
    {
        var digits = dialled.Length <= 32 ? dialled.TrimStart('+').Replace("-", string.Empty, StringComparison.Ordinal) : string.Empty;
        return digits.All(char.IsAsciiDigit) ? digits : string.Empty;
    }
}
