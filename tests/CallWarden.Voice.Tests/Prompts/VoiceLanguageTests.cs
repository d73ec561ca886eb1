using CallWarden.Core.Localization;
using CallWarden.Voice.Prompts;

namespace CallWarden.Voice.Tests.Prompts;

public sealed class VoiceLanguageTests
{
    [Theory]
    [InlineData("13912345678", VoiceLanguage.Mandarin)]
    [InlineData("+8613912345678", VoiceLanguage.Mandarin)]
    [InlineData("008613912345678", VoiceLanguage.Mandarin)]
    [InlineData("+85291234567", VoiceLanguage.Cantonese)]
    [InlineData("+85366123456", VoiceLanguage.Cantonese)]
    [InlineData("+886912345678", VoiceLanguage.Mandarin)]
    [InlineData("+14155550100", VoiceLanguage.English)]
    [InlineData("+447700900123", VoiceLanguage.English)]
    [InlineData(null, VoiceLanguage.Mandarin)]
    [InlineData("", VoiceLanguage.Mandarin)]
    [InlineData("+", VoiceLanguage.Mandarin)]
    public void A_caller_is_greeted_in_the_language_of_their_country_code(string? caller, VoiceLanguage expected) =>
        Assert.Equal(expected, VoiceLanguages.ForCaller(caller));

    [Fact]
    public void Cantonese_callers_are_written_to_in_traditional_Chinese() =>
        Assert.Equal(DisplayLanguage.ZhHant, VoiceLanguage.Cantonese.Written());
}
