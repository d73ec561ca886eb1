using CallWarden.Web.Access;
using CsCheck;

namespace CallWarden.Web.Tests.Access;

public sealed class ApiKeySecretTests
{
    [Fact]
    public void A_generated_key_is_cw_and_43_base64url_characters_and_verifies_against_its_hash()
    {
        var (key, hash) = ApiKeySecret.Generate();

        Assert.Matches("^cw_[A-Za-z0-9_-]{43}$", key);
        Assert.Equal(32, hash.Length);
        Assert.True(ApiKeySecret.Verify(key, hash));
    }

    [Fact]
    public void Two_keys_are_never_the_same()
    {
        var keys = Enumerable.Range(0, 1000).Select(_ => ApiKeySecret.Generate().Key).ToHashSet(StringComparer.Ordinal);

        Assert.Equal(1000, keys.Count);
    }

    [Fact]
    public void Any_other_text_fails_verification()
    {
        var (key, hash) = ApiKeySecret.Generate();
        Gen.String.Where(s => s != key).Sample(other => Assert.False(ApiKeySecret.Verify(other, hash)));
        Assert.False(ApiKeySecret.Verify(key[..^1] + (key[^1] == 'A' ? 'B' : 'A'), hash));
    }
}
