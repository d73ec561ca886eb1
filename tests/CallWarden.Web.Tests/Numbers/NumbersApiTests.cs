using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using CallWarden.Core.Reputation;
using CallWarden.Data.Reputation;
using CallWarden.Web.Tests.Access;

namespace CallWarden.Web.Tests.Numbers;

public sealed class NumbersApiTests(World world) : IClassFixture<World>
{
    /// <summary>A number the community has labelled, as intake would have stored it.</summary>
    private const long Labelled = 8613912340000;

    [Theory]
    [InlineData("zh-TW", "中國移動", "騷擾電話 · 已被 1,234 人標記")]
    [InlineData("zh-CN,zh;q=0.9", "中国移动", "骚扰电话 · 已被 1,234 人标记")]
    [InlineData("en-GB", "China Mobile", "Harassment · reported by 1,234 people")]
    [InlineData("fr-FR, en;q=0.8", "China Mobile", "Harassment · reported by 1,234 people")]
    public async Task A_labelled_number_is_described_in_the_callers_language(string acceptLanguage, string carrier, string label)
    {
        await using (var db = world.Api.Open())
        {
            if (await db.Reputations.FindAsync([Labelled], TestContext.Current.CancellationToken) is null)
            {
                db.Reputations.Add(new NumberReputationRecord { Number = Labelled, Score = 87, TopCategory = "harassment", DistinctReporters = 1234, State = ReputationState.Labelled });
                await db.SaveChangesAsync(TestContext.Current.CancellationToken);
            }
        }

        using var request = new HttpRequestMessage(HttpMethod.Get, "/api/v1/numbers/+86%20139%201234%200000");
        request.Headers.TryAddWithoutValidation("Accept-Language", acceptLanguage);

        var response = await world.Client(Identity.Anonymous).SendAsync(request, TestContext.Current.CancellationToken);
        var body = await response.Content.ReadFromJsonAsync<JsonElement>(TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("+8613912340000", body.GetProperty("number").GetString());
        Assert.Equal("mobile", body.GetProperty("kind").GetString());
        Assert.Equal("china_mobile", body.GetProperty("carrier").GetString());
        Assert.Equal(carrier, body.GetProperty("carrierName").GetString());
        Assert.Equal("labelled", body.GetProperty("reputation").GetProperty("state").GetString());
        Assert.Equal(label, body.GetProperty("label").GetString());
        Assert.Empty(body.GetProperty("enforcement").EnumerateArray());
    }

    [Fact]
    public async Task Three_new_reporters_are_counted_but_do_not_label_a_number_yet()
    {
        var body = await world.Client(Identity.Anonymous).GetFromJsonAsync<JsonElement>($"/api/v1/numbers/{World.Number}", TestContext.Current.CancellationToken);

        Assert.Equal(3, body.GetProperty("reputation").GetProperty("reporters").GetInt32());
        Assert.Equal(JsonValueKind.Null, body.GetProperty("label").ValueKind);
    }

    [Fact]
    public async Task A_number_nobody_reported_has_no_label()
    {
        var body = await world.Client(Identity.Anonymous).GetFromJsonAsync<JsonElement>("/api/v1/numbers/010-12345678", TestContext.Current.CancellationToken);

        Assert.Equal("clean", body.GetProperty("reputation").GetProperty("state").GetString());
        Assert.Equal(JsonValueKind.Null, body.GetProperty("label").ValueKind);
    }

    [Theory]
    [InlineData("hello")]
    [InlineData("1")]
    [InlineData("%3Cscript%3E")]
    [InlineData("99999999999999999999999999999999999999999999999999999999999999999999999")]
    public async Task Text_that_is_no_phone_number_is_refused_naming_the_number(string number)
    {
        var response = await world.Client(Identity.Anonymous).GetAsync($"/api/v1/numbers/{number}", TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>(TestContext.Current.CancellationToken);
        Assert.True(problem.GetProperty("errors").TryGetProperty("number", out _));
    }
}
