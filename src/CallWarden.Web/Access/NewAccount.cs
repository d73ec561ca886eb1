using CallWarden.Core.Numbers;
using CallWarden.Data.Access;

namespace CallWarden.Web.Access;

/// <summary>A login or key that passed <see cref="AccountRules"/>: trimmed, parsed, ready to store.</summary>
/// <param name="Name">The login, or the key's name.</param>
/// <param name="Password">The login's password; empty for a key.</param>
/// <param name="Phone">The login's phone (E.164 digits), if given.</param>
/// <param name="Scopes">The key's scopes; empty for a login.</param>
public sealed record NewAccount(string Name, string Password, AccessRole Role, Carrier Carrier, long? Phone, IReadOnlyList<string> Scopes);
