using CallWarden.Core.Localization;
using CallWarden.Core.Screening;
using CallWarden.Voice.Prompts;
using CsCheck;

namespace CallWarden.Voice.Tests.Prompts;

public sealed class PromptTextFileTests
{
    private static string Complete(params string[] extraLines) =>
        string.Join('\n', PromptKeys.All.Select(k => $"{k} = 文本 {k}").Concat(extraLines));

    [Theory]
    [InlineData(VoiceLanguage.Mandarin)]
    [InlineData(VoiceLanguage.Cantonese)]
    [InlineData(VoiceLanguage.English)]
    public void Each_shipped_file_defines_every_key_once_and_nothing_else(VoiceLanguage language)
    {
        var texts = PromptTextFile.Parse(PromptTexts.Read(language), out var problems);

        Assert.Empty(problems);
        Assert.Equal(PromptKeys.All.Order(StringComparer.Ordinal), texts.Keys.Order(StringComparer.Ordinal));
    }

    [Theory]
    [InlineData(Disposition.PoweredOff, VoiceLanguage.Mandarin, DisplayLanguage.ZhHans)]
    [InlineData(Disposition.PoweredOff, VoiceLanguage.English, DisplayLanguage.En)]
    [InlineData(Disposition.PoweredOff, VoiceLanguage.Cantonese, DisplayLanguage.ZhHant)]
    [InlineData(Disposition.NotInService, VoiceLanguage.Mandarin, DisplayLanguage.ZhHans)]
    [InlineData(Disposition.NotInService, VoiceLanguage.English, DisplayLanguage.En)]
    [InlineData(Disposition.NotInService, VoiceLanguage.Cantonese, DisplayLanguage.ZhHant)]
    public void The_announcements_say_what_the_screening_decision_says_they_say(Disposition disposition, VoiceLanguage voice, DisplayLanguage written)
    {
        var spoken = PromptTexts.Shipped.Text(voice, PromptKeys.Announcement(disposition));

        Assert.Equal(disposition.Announcement(written), spoken.TrimEnd('。', '.'));
    }

    [Fact]
    public void Mandarin_reads_one_as_yao_in_numbers_and_the_police_numbers_are_spelt_as_they_are_said()
    {
        Assert.Equal("幺", PromptTexts.Shipped.Text(VoiceLanguage.Mandarin, PromptKeys.Digit('1')));
        Assert.Contains("幺幺零", PromptTexts.Shipped.Text(VoiceLanguage.Mandarin, PromptKeys.PoliceAdvice));
        Assert.Contains("九六幺幺零", PromptTexts.Shipped.Text(VoiceLanguage.Mandarin, PromptKeys.PoliceAdvice));
        Assert.Equal("一", PromptTexts.Shipped.Text(VoiceLanguage.Cantonese, PromptKeys.Digit('1')));
    }

    [Fact]
    public void Comments_blank_lines_crlf_and_spaces_around_the_separator_are_allowed()
    {
        var content = "# heading\r\n\r\n" + string.Join("\r\n", PromptKeys.All.Select(k => $"  {k}=  Text with = sign  "));
        var texts = PromptTextFile.Parse(content, out var problems);

        Assert.Empty(problems);
        Assert.Equal("Text with = sign", texts[PromptKeys.Welcome]);
    }

    [Theory]
    [InlineData("no separator here", "line 52: expected 'key = text'")]
    [InlineData("= text without key", "line 52: expected 'key = text'")]
    [InlineData("welcome.extra = 多余", "line 52: 'welcome.extra' is not a prompt key")]
    [InlineData("welcome = 又一次", "line 52: 'welcome' is defined twice")]
    [InlineData("welcome = a\u202Eb", "line 52: 'welcome' holds a control or invisible character")]
    [InlineData("welcome = a\u200Bb", "line 52: 'welcome' holds a control or invisible character")]
    public void A_bad_line_is_named_by_its_number(string line, string problem)
    {
        PromptTextFile.Parse(Complete(line), out var problems);

        // The bad line follows one line per key.
        Assert.Contains(problem.Replace("line 52", $"line {PromptKeys.All.Count + 1}", StringComparison.Ordinal), problems);
    }

    [Fact]
    public void A_missing_or_empty_key_is_named()
    {
        var content = string.Join('\n', PromptKeys.All.Where(k => k != PromptKeys.Goodbye).Select(k => k == PromptKeys.Welcome ? k + " = " : $"{k} = x"));

        PromptTextFile.Parse(content, out var problems);

        Assert.Contains("'goodbye' is missing", problems);
        Assert.Contains(problems, p => p.EndsWith("'welcome' has no text", StringComparison.Ordinal));
    }

    [Fact]
    public void Empty_huge_and_overlong_input_is_refused_without_work()
    {
        PromptTextFile.Parse(string.Empty, out var empty);
        Assert.Equal(PromptKeys.All.Count, empty.Count);

        PromptTextFile.Parse(new string('x', PromptTextFile.MaxFileChars + 1), out var huge);
        Assert.Equal(["the file is longer than 65536 characters"], huge);

        PromptTextFile.Parse(Complete("welcome = " + new string('长', PromptTextFile.MaxTextChars + 1)), out var overlong);
        Assert.Contains(overlong, p => p.Contains("longer than 400", StringComparison.Ordinal));
    }

    [Fact]
    public void Mixed_scripts_and_option_like_text_are_just_text()
    {
        var texts = PromptTextFile.Parse(Complete().Replace("welcome = 文本 welcome", "welcome = -v en --help 您好 Hello 粵語 𠀀", StringComparison.Ordinal), out var problems);

        Assert.Empty(problems);
        Assert.Equal("-v en --help 您好 Hello 粵語 𠀀", texts[PromptKeys.Welcome]);
    }

    [Fact]
    public void Any_text_gives_prompts_or_problems_never_an_exception()
    {
        Gen.String.Sample(text => PromptTextFile.Parse(text, out _), iter: 20_000);
        Gen.OneOf(PromptKeys.All.ToArray()).SelectMany(k => Gen.String[0, 50].Select(t => $"{k}={t}")).Array[0, 80]
            .Sample(lines => PromptTextFile.Parse(string.Join('\n', lines), out _), iter: 5_000);
    }
}
