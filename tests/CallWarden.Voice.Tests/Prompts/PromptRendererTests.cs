using CallWarden.Voice.Prompts;

namespace CallWarden.Voice.Tests.Prompts;

[Collection(RenderedPromptsCollection.Name)]
public sealed class PromptRendererTests(RenderedPrompts rendered)
{
    [Fact]
    public void The_first_run_renders_every_prompt_of_every_language()
    {
        rendered.Require();

        Assert.Equal(VoiceLanguages.All.Count * PromptKeys.All.Count, rendered.FirstRun!.Rendered);
        Assert.Equal(0, rendered.FirstRun.Kept);
    }

    [Fact]
    public async Task A_rerun_renders_only_the_prompt_whose_text_changed_and_the_one_whose_file_is_gone()
    {
        rendered.Require();
        var folder = rendered.Copy();
        try
        {
            File.Delete(Path.Combine(folder, "en", PromptKeys.Goodbye + ".al"));
            var edited = PromptTexts.Shipped.With(VoiceLanguage.Mandarin, PromptKeys.Welcome, "您好，这里是举报热线。");
            var progress = new List<PromptProgress>();

            var summary = await new PromptRenderer(EspeakNg.Find()!, edited).RenderAsync(folder, new SynchronousProgress(progress.Add), TestContext.Current.CancellationToken);

            Assert.Equal(2, summary.Rendered);
            Assert.Equal(["zh-Hans/welcome", "en/goodbye"], progress.Where(p => p.Rendered).Select(p => $"{p.Language.FileTag()}/{p.Key}"));
            Assert.Equal(progress.Count, progress[^1].Total);
            // The shipped texts no longer match the folder: the loader says which and how to fix it.
            var stale = Assert.Throws<PromptsNotReadyException>(() => PromptLibrary.Load(folder, PromptTexts.Shipped));
            Assert.Contains("1 changed since they were rendered, first zh-Hans/welcome", stale.Message);
            Assert.Contains("callwarden voice prompts", stale.Message);
            Assert.NotNull(PromptLibrary.Load(folder, edited));
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    [Fact]
    public void Every_clip_is_speech_in_both_laws_of_the_same_samples()
    {
        rendered.Require();
        var library = rendered.Library;
        foreach (var language in VoiceLanguages.All)
        {
            foreach (var key in PromptKeys.All)
            {
                var clip = library.Clip(language, key);
                var linear = clip.Pcmu.ToArray().Select(G711.UlawToLinear).ToArray();
                Assert.True(clip.Duration > TimeSpan.FromMilliseconds(150) && clip.Duration < TimeSpan.FromSeconds(20), $"{clip.Name}: {clip.Duration}");
                Assert.True(linear.Max(s => Math.Abs((int)s)) > 2000, $"{clip.Name} is silent");
                Assert.Equal(clip.Pcmu.Length, clip.Pcma.Length);
                // The same samples in both laws: A-law's decoding stays within its quantisation of μ-law's.
                var alaw = clip.Pcma.ToArray().Select(G711.AlawToLinear).ToArray();
                Assert.True(linear.Zip(alaw).All(p => Math.Abs(p.First - p.Second) <= Math.Max(64, Math.Abs((int)p.First) / 8)), clip.Name);
            }
        }
    }

    [Fact]
    public void A_missing_folder_names_the_command_that_renders_it()
    {
        var folder = Path.Combine(Path.GetTempPath(), "cw-no-prompts-" + Guid.NewGuid().ToString("N"));

        var error = Assert.Throws<PromptsNotReadyException>(() => PromptLibrary.Load(folder, PromptTexts.Shipped));

        Assert.Contains($"{VoiceLanguages.All.Count * PromptKeys.All.Count} missing", error.Message);
        Assert.Contains($"run `callwarden voice prompts --folder {folder}`", error.Message);
    }

    [Fact]
    public void A_corrupt_manifest_counts_as_no_prompts_and_a_rerun_repairs_it()
    {
        rendered.Require();
        var folder = rendered.Copy();
        try
        {
            File.WriteAllText(Path.Combine(folder, PromptManifest.FileName), "{ not json");

            Assert.Throws<PromptsNotReadyException>(() => PromptLibrary.Load(folder, PromptTexts.Shipped));
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    [Fact]
    public void Digits_are_spoken_one_clip_each_skipping_what_is_not_a_digit()
    {
        rendered.Require();
        var digits = rendered.Library.Digits(VoiceLanguage.Mandarin, "R20261128-0001");

        Assert.Equal(["zh-Hans/digit.2", "zh-Hans/digit.0", "zh-Hans/digit.2", "zh-Hans/digit.6", "zh-Hans/digit.1", "zh-Hans/digit.1", "zh-Hans/digit.2", "zh-Hans/digit.8",
            "zh-Hans/digit.0", "zh-Hans/digit.0", "zh-Hans/digit.0", "zh-Hans/digit.1"], digits.Select(c => c.Name));
    }

    private sealed class SynchronousProgress(Action<PromptProgress> report) : IProgress<PromptProgress>
    {
        public void Report(PromptProgress value) => report(value);
    }
}
