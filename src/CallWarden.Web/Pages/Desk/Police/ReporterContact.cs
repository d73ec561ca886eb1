using CallWarden.Core.Privacy;
using CallWarden.Data.Reports;

namespace CallWarden.Web.Pages.Desk.Police;

/// <summary>
/// How to reach a reporter, in full, for the police to take a statement: the phone number
/// (<c>+8613912345678</c>) or the address the channel knew them by (<c>ann@example.cn</c> for mail).
/// <see cref="Kind"/> is <c>phone</c>, or the channel identity's prefix (<c>mail</c>).
/// </summary>
internal sealed record ReporterContact(string Kind, string Value)
{
    public static ReporterContact Of(Reporter? reporter)
    {
        if (reporter is null)
        {
            return new("unknown", "—");
        }

        if (reporter.Phone is { } phone)
        {
            return new("phone", ReporterMask.Full(reporter.Identity, phone));
        }

        var parts = reporter.Identity.Split(':', 2);
        return parts.Length == 2 ? new(parts[0], parts[1]) : new("other", reporter.Identity);
    }
}
