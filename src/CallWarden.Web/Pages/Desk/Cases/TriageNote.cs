using CallWarden.Core.Text;
using Microsoft.Extensions.Localization;

namespace CallWarden.Web.Pages.Desk.Cases;

/// <summary>
/// The note every case change needs for the audit trail, checked with the desk's own messages
/// before <see cref="Web.Cases.CaseChanges"/> checks it again with the API's.
/// </summary>
internal static class TriageNote
{
    /// <summary>The audit trail's column holds 1,000 characters.</summary>
    public const int MaxLength = 1000;

    /// <summary>The trimmed note, or null with a message for the field.</summary>
    public static string? Check(string? note, IStringLocalizer<CaseDeskText> text, out string? message)
    {
        var trimmed = note?.Trim();
        message = string.IsNullOrEmpty(trimmed) ? text["NoteMissing"].Value
            : trimmed.Length > MaxLength ? text["NoteTooLong", MaxLength].Value
            : VisibleText.Problem(trimmed, MaxLength, multiline: true) is not null ? text["NoteHidden"].Value
            : null;
        return message is null ? trimmed : null;
    }
}
