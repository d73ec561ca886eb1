using System.Security.Claims;
using CallWarden.Web.Access;
using Microsoft.Extensions.Time.Testing;

namespace CallWarden.Web.Tests.Access;

/// <summary>
/// <see cref="ApiKeyCache"/> finds a verified key by its whole text, never by a near one, and forgets
/// it after <see cref="ApiKeyCache.Lifetime"/> or when cleared.
/// </summary>
public sealed class ApiKeyCacheTests
{
    private const string Key = "cw_0123456789abcdefghijklmnopqrstuvwxyzABCD";

    private readonly FakeTimeProvider _time = new(new DateTimeOffset(2026, 12, 7, 8, 0, 0, TimeSpan.Zero));
    private readonly ClaimsPrincipal _proxy = new(new ClaimsIdentity([new Claim(ClaimTypes.NameIdentifier, "key:proxy")], ApiKeyVerifier.SchemeName));

    [Fact]
    public void Finds_a_verified_key_by_its_text_with_its_hash()
    {
        var cache = new ApiKeyCache(_time);
        var hash = ApiKeyHash.Of(Key);
        cache.Add(Key, hash, _proxy);

        // Another string with the same text, as each request reads its header anew.
        Assert.True(cache.TryGet(new string(Key.AsSpan()), out var principal, out var found));
        Assert.Same(_proxy, principal);
        Assert.Equal(hash, found);
    }

    [Theory]
    [InlineData("cw_0123456789abcdefghijklmnopqrstuvwxyzABCd")]
    [InlineData("CW_0123456789abcdefghijklmnopqrstuvwxyzABCD")]
    [InlineData("cw_0123456789abcdefghijklmnopqrstuvwxyzABC")]
    [InlineData("cw_0123456789abcdefghijklmnopqrstuvwxyzABCD ")]
    [InlineData("")]
    public void Does_not_find_a_near_key(string presented)
    {
        var cache = new ApiKeyCache(_time);
        cache.Add(Key, ApiKeyHash.Of(Key), _proxy);

        Assert.False(cache.TryGet(presented, out var principal, out _));
        Assert.Null(principal);
    }

    [Fact]
    public void Forgets_a_key_after_its_lifetime()
    {
        var cache = new ApiKeyCache(_time);
        cache.Add(Key, ApiKeyHash.Of(Key), _proxy);

        _time.Advance(ApiKeyCache.Lifetime - TimeSpan.FromMilliseconds(1));
        Assert.True(cache.TryGet(Key, out _, out _));
        _time.Advance(TimeSpan.FromMilliseconds(1));
        Assert.False(cache.TryGet(Key, out _, out _));
    }

    [Fact]
    public void Verifying_another_key_keeps_the_live_ones_and_a_clear_forgets_all()
    {
        const string Other = "cw_ZYXWVUTSRQPONMLKJIHGFEDCBAzyxwvutsrqponmlk";
        var cache = new ApiKeyCache(_time);
        cache.Add(Key, ApiKeyHash.Of(Key), _proxy);
        _time.Advance(TimeSpan.FromSeconds(5));
        cache.Add(Other, ApiKeyHash.Of(Other), _proxy);

        Assert.True(cache.TryGet(Key, out _, out _));
        Assert.True(cache.TryGet(Other, out _, out _));
        cache.Clear();
        Assert.False(cache.TryGet(Key, out _, out _));
        Assert.False(cache.TryGet(Other, out _, out _));
    }
}
