using System.Security.Cryptography;
using System.Text;
using CallWarden.Core.Numbers;

namespace CallWarden.Data.Privacy;

/// <summary>
/// The person whose data is asked for: a proven phone. <see cref="Identity"/> is how the store knows
/// them (reporters, consents, outbox recipients); <see cref="Digest"/> is how the audit names them.
/// </summary>
public sealed record DataSubject(PhoneNumber Phone)
{
    public string Identity => Phone.ToE164String();

    public long E164 => Phone.E164;

    /// <summary>The subject of the phone's web sessions (<c>phone:+8613912345678</c>).</summary>
    public string SessionSubject => "phone:" + Identity;

    /// <summary>
    /// SHA-256 of the identity under a fixed label: the audit can tell one person's steps belong together
    /// and answer "was this phone's withdrawal done?" for someone who already knows the number, and holds
    /// nothing else about them.
    /// </summary>
    public string Digest => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes("callwarden-privacy-subject:" + Identity)));
}
