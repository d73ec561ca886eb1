using System.Buffers;
using System.Globalization;
using System.Text;
using CallWarden.Core.Numbers;

namespace CallWarden.Core.Privacy;

/// <summary>
/// How a reporter is shown to everyone who may not see who they are (everyone but analysts, and the
/// police liaison on a police-routed case): the one function every page, answer and CLI verb uses
/// (issue #9 item 3). A phone keeps what carriers print (<c>139****5678</c>); a mail address keeps
/// only its domain (<c>***@139.com</c>, since the part before @ is often the phone number itself);
/// any other identity keeps its channel and the first letter of the name (<c>cli:z***</c>).
/// Digits never survive outside the phone form.
/// </summary>
public static class ReporterMask
{
    private const string Hidden = "***";

    /// <param name="identity">The reporter's stored identity: E.164 text, a mail address or <c>channel:name</c>.</param>
    /// <param name="phone">The reporter's phone as an E.164 integer, when known.</param>
    public static string Mask(string? identity, long? phone)
    {
        if (phone is > 0)
        {
            return PhoneNumberMask.Mask(new PhoneNumber(phone.Value, NumberKind.Mobile));
        }

        if (string.IsNullOrWhiteSpace(identity))
        {
            return "****";
        }

        var text = identity.Trim();
        if (text.Length > 1 && text[0] == '+' && long.TryParse(text.AsSpan(1), NumberStyles.None, CultureInfo.InvariantCulture, out var written))
        {
            return PhoneNumberMask.Mask(new PhoneNumber(written, NumberKind.Mobile));
        }

        var at = text.LastIndexOf('@');
        if (at >= 0)
        {
            return Hidden + "@" + text[(at + 1)..];
        }

        var colon = text.IndexOf(':', StringComparison.Ordinal);
        return colon > 0 && colon < text.Length - 1 && text[..colon].All(char.IsAsciiLetter)
            ? text[..(colon + 1)] + Name(text[(colon + 1)..])
            : Name(text);
    }

    /// <summary>The reporter in full, for those who may see it (an analyst who unmasked, the police liaison).</summary>
    public static string Full(string? identity, long? phone) =>
        phone is > 0 ? "+" + phone.Value.ToString(CultureInfo.InvariantCulture) : string.IsNullOrWhiteSpace(identity) ? "****" : identity.Trim();

    /// <summary>A name keeps its first letter (<c>张***</c>, <c>z***</c>) unless that is a digit or a sign.</summary>
    private static string Name(string name)
    {
        return Rune.DecodeFromUtf16(name, out var first, out _) == OperationStatus.Done && Rune.IsLetter(first) ? first + Hidden : Hidden;
    }
}
