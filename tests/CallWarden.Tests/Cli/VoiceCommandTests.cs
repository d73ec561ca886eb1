namespace CallWarden.Tests.Cli;

public sealed class VoiceCommandTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("callwarden-prompts-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    private static void RequireEspeak()
    {
        if (File.Exists("/usr/bin/espeak-ng"))
        {
            return;
        }

        const string message = "espeak-ng is not installed: apt-get install -y --no-install-recommends espeak-ng";
        if (string.Equals(Environment.GetEnvironmentVariable("CI"), "true", StringComparison.OrdinalIgnoreCase))
        {
            Assert.Fail(message);
        }

        Assert.Skip(message);
    }

    [Fact]
    public void Prompts_are_rendered_into_the_folder_and_a_second_run_renders_nothing()
    {
        RequireEspeak();
        var prompts = Path.Combine(_folder, "prompts");

        var first = CliRun.Of("voice", "prompts", "--folder", prompts);

        Assert.True(first.ExitCode == 0, first.Error);
        Assert.Contains("rendered zh-Hans/welcome (", first.Output);
        Assert.Contains("rendered yue/announce.powered_off (", first.Output);
        Assert.Contains($"prompts rendered, 0 already up to date, in {prompts}", first.Output);
        Assert.True(File.Exists(Path.Combine(prompts, "manifest.json")));
        Assert.True(new FileInfo(Path.Combine(prompts, "en", "announce.busy.ul")).Length > 8000);

        var second = CliRun.Of("voice", "prompts", "--folder", prompts);

        Assert.True(second.ExitCode == 0, second.Error);
        Assert.DoesNotContain("rendered ", second.Output.Split('\n')[0]);
        Assert.StartsWith("0 prompts rendered, ", second.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void The_folder_comes_from_the_report_lines_setting_when_not_given()
    {
        RequireEspeak();
        var prompts = Path.Combine(_folder, "configured");

        var run = CliRun.With(new Dictionary<string, string?> { ["Channels:Voice:ReportLine:PromptFolder"] = prompts }, "voice", "prompts");

        Assert.True(run.ExitCode == 0, run.Error);
        Assert.True(File.Exists(Path.Combine(prompts, "manifest.json")));
    }

    [Fact]
    public void Without_espeak_ng_the_error_says_how_to_install_it()
    {
        var run = CliRun.Of("voice", "prompts", "--folder", _folder, "--espeak", Path.Combine(_folder, "no-espeak-ng"));

        Assert.Equal(1, run.ExitCode);
        Assert.StartsWith("callwarden: espeak-ng is not installed at ", run.Error, StringComparison.Ordinal);
        Assert.Contains("apt-get install -y --no-install-recommends espeak-ng", run.Error);
        Assert.Empty(run.Output);
    }

    [Fact]
    public void A_failing_espeak_ng_is_one_line_with_its_exit_code()
    {
        var fake = Path.Combine(_folder, "fake-espeak");
        File.WriteAllText(fake, "#!/bin/sh\necho 'unknown voice' >&2\nexit 3\n");
        if (!OperatingSystem.IsWindows())
        {
            File.SetUnixFileMode(fake, UnixFileMode.UserRead | UnixFileMode.UserExecute);
        }

        var run = CliRun.Of("voice", "prompts", "--folder", Path.Combine(_folder, "p"), "--espeak", fake);

        Assert.Equal(1, run.ExitCode);
        Assert.Equal("callwarden: espeak-ng (voice cmn-latn-pinyin) failed with exit code 3: unknown voice", run.Error.Trim());
    }

    [Fact]
    public void A_folder_that_cannot_be_written_is_bad_input()
    {
        RequireEspeak();
        var file = Path.Combine(_folder, "a-file");
        File.WriteAllText(file, "not a folder");

        var run = CliRun.Of("voice", "prompts", "--folder", Path.Combine(file, "prompts"));

        Assert.Equal(2, run.ExitCode);
        Assert.StartsWith("callwarden: cannot write the prompt folder ", run.Error, StringComparison.Ordinal);
    }
}
