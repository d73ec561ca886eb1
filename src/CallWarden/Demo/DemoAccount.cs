using CallWarden.Core.Numbers;
using CallWarden.Data.Access;

namespace CallWarden.Demo;

/// <summary>A demo login and its password, printed once when the demo data is loaded.</summary>
internal sealed record DemoAccount(string Login, AccessRole Role, Carrier Carrier, string Password);
