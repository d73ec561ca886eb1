using System.Diagnostics;
using CallWarden.Voice.Prompts;

namespace CallWarden.Voice.Tests.Prompts;

/// <summary>
/// What espeak-ng makes of each Chinese prompt, read from its phoneme output (<c>-x</c>): every
/// character must be spoken by the Chinese voice itself. espeak-ng marks a switch to another language
/// as <c>(en)</c>; its plain <c>cmn</c> voice does that for every 汉字 (ADR-006).
/// </summary>
public sealed class PromptVoiceTests
{
    private static string Phonemes(string program, string voice, string text)
    {
        var start = new ProcessStartInfo(program) { RedirectStandardInput = true, RedirectStandardOutput = true, RedirectStandardError = true, StandardInputEncoding = new System.Text.UTF8Encoding(false) };
        foreach (var argument in new[] { "-v", voice, "-b", "1", "-q", "-x", "--stdin" })
        {
            start.ArgumentList.Add(argument);
        }

        using var process = Process.Start(start)!;
        process.StandardInput.Write(text);
        process.StandardInput.Close();
        var output = process.StandardOutput.ReadToEnd();
        process.WaitForExit();
        return output;
    }

    [Theory]
    [InlineData(VoiceLanguage.Mandarin)]
    [InlineData(VoiceLanguage.Cantonese)]
    public void Every_Chinese_prompt_is_spoken_by_the_Chinese_voice_without_switching_to_English(VoiceLanguage language)
    {
        var espeak = InstalledTool.Find("espeak-ng", "espeak-ng");
        foreach (var key in PromptKeys.All)
        {
            var text = PromptTexts.Shipped.Text(language, key);
            var phonemes = Phonemes(espeak, language.EspeakVoice(), text);

            Assert.False(string.IsNullOrWhiteSpace(phonemes), $"{key}: no phonemes");
            Assert.DoesNotContain("(en)", phonemes, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void The_plain_cmn_voice_would_read_Chinese_as_English_which_is_why_it_is_not_used()
    {
        var espeak = InstalledTool.Find("espeak-ng", "espeak-ng");

        Assert.Contains("(en)", Phonemes(espeak, "cmn", "您拨打的电话已关机"), StringComparison.Ordinal);
        Assert.Equal("cmn-latn-pinyin", VoiceLanguage.Mandarin.EspeakVoice());
    }

    [Fact]
    public void Mandarin_says_yao_for_the_digit_one()
    {
        var espeak = InstalledTool.Find("espeak-ng", "espeak-ng");

        Assert.Equal(Phonemes(espeak, "cmn-latn-pinyin", "幺"), Phonemes(espeak, "cmn-latn-pinyin", PromptTexts.Shipped.Text(VoiceLanguage.Mandarin, PromptKeys.Digit('1'))));
        Assert.Contains("j'Au55", Phonemes(espeak, "cmn-latn-pinyin", "幺"), StringComparison.Ordinal);
    }
}
