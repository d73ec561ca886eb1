using CallWarden.Web.Stats;
using Microsoft.Extensions.Options;

namespace CallWarden.Web.Tests.Stats;

public sealed class StatisticsOptionsTests
{
    [Fact]
    public void The_defaults_are_usable()
    {
        Assert.Empty(new StatisticsOptions().Validate());
    }

    [Theory]
    [InlineData("Statistics:CheckInterval", "00:00:00")]
    [InlineData("Statistics:RebuildAtMostEvery", "00:00:00.5")]
    [InlineData("Statistics:RebuildAtLeastEvery", "00:00:10")]
    public async Task A_bad_setting_stops_the_start_naming_its_key(string key, string value)
    {
        var failure = await Assert.ThrowsAsync<OptionsValidationException>(async () =>
        {
            await using var api = await TestApi.StartAsync(new Dictionary<string, string?> { [key] = value });
        });

        Assert.Contains(key, failure.Message, StringComparison.Ordinal);
    }
}
