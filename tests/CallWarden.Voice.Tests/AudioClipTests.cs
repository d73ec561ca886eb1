using CallWarden.Voice.Calls;

namespace CallWarden.Voice.Tests;

public sealed class AudioClipTests
{
    [Fact]
    public void A_clip_lasts_one_eighth_of_a_millisecond_per_sample()
    {
        var clip = new AudioClip("tone", new byte[12_000], new byte[12_000]);

        Assert.Equal(TimeSpan.FromMilliseconds(1500), clip.Duration);
    }
}
