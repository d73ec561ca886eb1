using System.Globalization;
using CallWarden.Data.Intake;

namespace CallWarden.Data.Tests.Intake;

/// <summary>Valid submissions to vary with <c>with { … }</c>.</summary>
internal static class Submissions
{
    public const string Target = "13912345678";
    public const long TargetE164 = 8613912345678;

    public static ReportSubmission Sms(DateTimeOffset at, string key = "gw-1", string target = Target, string reporter = "13700001111", string category = "harassment") =>
        new(IntakeChannel.Sms, $"{target}*推銷", at, reporter, null, key, target, category, at.AddMinutes(-10), "推銷", null);

    public static ReportSubmission Api(DateTimeOffset at, int n, string target = Target, string category = "fraud") =>
        new(IntakeChannel.Api, "{}", at, null, string.Create(CultureInfo.InvariantCulture, $"client:{n}"), string.Create(CultureInfo.InvariantCulture, $"api-{n}"), target, category);
}
