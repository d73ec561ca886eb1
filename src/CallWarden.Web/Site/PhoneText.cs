using System.Globalization;

namespace CallWarden.Web.Site;

/// <summary>A phone number as its owner writes it on a form: a CN number without +86 (13812345678), any other in E.164.</summary>
internal static class PhoneText
{
    public static string National(long e164)
    {
        var digits = e164.ToString(CultureInfo.InvariantCulture);
        return digits.Length > 2 && digits.StartsWith("86", StringComparison.Ordinal) ? digits[2..] : "+" + digits;
    }
}
