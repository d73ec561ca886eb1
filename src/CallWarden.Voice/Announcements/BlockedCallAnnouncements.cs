using CallWarden.Core.Screening;
using CallWarden.Voice.Calls;
using CallWarden.Voice.Prompts;

namespace CallWarden.Voice.Announcements;

/// <summary>
/// What a blocked caller hears instead of ringing (issue #11 part 4): the carrier's announcement in
/// Mandarin, then in English as mainland carriers play it, then the final status of the disposition
/// (480 switched off, 604 no such number, 486 busy) — the same status Kamailio would have answered.
/// </summary>
internal sealed class BlockedCallAnnouncements(PromptLibrary prompts)
{
    /// <summary>The plan for <paramref name="disposition"/>; null when it has no announcement.</summary>
    public AnnounceThenEnd? For(Disposition disposition)
    {
        if (!PromptKeys.Announced.Contains(disposition))
        {
            return null;
        }

        var key = PromptKeys.Announcement(disposition);
        return new AnnounceThenEnd(
            [prompts.Clip(VoiceLanguage.Mandarin, key), prompts.Clip(VoiceLanguage.English, key)],
            disposition.SipCode(),
            disposition.SipReasonPhrase());
    }
}
