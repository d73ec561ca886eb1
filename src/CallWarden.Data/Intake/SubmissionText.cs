using CallWarden.Core.Text;

namespace CallWarden.Data.Intake;

/// <summary>Checks on free text the intake takes: <see cref="VisibleText"/>'s one rule, which every other text follows too.</summary>
public static class SubmissionText
{
    /// <summary>Null when <paramref name="text"/> is acceptable, else why not.</summary>
    public static string? Problem(string text, int maxLength, bool multiline) => VisibleText.Problem(text, maxLength, multiline);
}
