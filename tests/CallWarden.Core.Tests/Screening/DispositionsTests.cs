using CallWarden.Core.Localization;
using CallWarden.Core.Screening;

namespace CallWarden.Core.Tests.Screening;

public sealed class DispositionsTests
{
    [Theory]
    [InlineData(Disposition.Allow, "allow", 200, "OK", false)]
    [InlineData(Disposition.Label, "label", 200, "OK", false)]
    [InlineData(Disposition.Reject, "reject", 603, "Decline", true)]
    [InlineData(Disposition.Busy, "busy", 486, "Busy Here", true)]
    [InlineData(Disposition.PoweredOff, "powered_off", 480, "Temporarily Unavailable", true)]
    [InlineData(Disposition.NotInService, "not_in_service", 604, "Does Not Exist Anywhere", true)]
    [InlineData(Disposition.Voicemail, "voicemail", 302, "Moved Temporarily", true)]
    public void Each_disposition_has_its_code_and_SIP_answer(Disposition disposition, string code, int sipCode, string phrase, bool blocks)
    {
        Assert.Equal((code, sipCode, phrase, blocks), (disposition.ToCode(), disposition.SipCode(), disposition.SipReasonPhrase(), disposition.Blocks()));
        Assert.True(Dispositions.TryParseCode(code, out var parsed));
        Assert.Equal(disposition, parsed);
    }

    [Fact]
    public void An_unknown_code_is_not_a_disposition()
    {
        Assert.False(Dispositions.TryParseCode("hang_up", out _));
        Assert.False(Dispositions.TryParseCode(null, out _));
    }

    [Theory]
    [InlineData(Disposition.PoweredOff, DisplayLanguage.ZhHans, "您拨打的电话已关机")]
    [InlineData(Disposition.PoweredOff, DisplayLanguage.ZhHant, "您撥打的電話已關機")]
    [InlineData(Disposition.NotInService, DisplayLanguage.ZhHant, "您撥打的號碼是空號")]
    [InlineData(Disposition.NotInService, DisplayLanguage.En, "The number you dialled does not exist")]
    [InlineData(Disposition.Reject, DisplayLanguage.ZhHans, null)]
    public void Switched_off_and_not_in_service_play_their_announcements(Disposition disposition, DisplayLanguage language, string? announcement)
    {
        Assert.Equal(announcement, disposition.Announcement(language));
    }
}
