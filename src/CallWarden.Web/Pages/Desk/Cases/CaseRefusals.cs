using CallWarden.Core.Cases;
using Microsoft.Extensions.Localization;

namespace CallWarden.Web.Pages.Desk.Cases;

/// <summary>
/// Why a case refused a change, in the reader's language: the case's own messages are English for
/// the API and the logs, so the desk words each <see cref="CaseErrorCode"/> itself.
/// </summary>
internal static class CaseRefusals
{
    public static string Message(CaseError error, CaseState current, IStringLocalizer<CaseDeskText> text) => error.Code switch
    {
        CaseErrorCode.IllegalTransition => text["Refusal_IllegalTransition", text["State_" + current]],
        CaseErrorCode.CaseNotOpen => text["Refusal_CaseNotOpen", text["State_" + current]],
        _ => text["Refusal_" + error.Code],
    };

    /// <summary>Another member of staff changed the case between reading and writing it (the row's version moved).</summary>
    public static string Stale(IStringLocalizer<CaseDeskText> text) => text["Refusal_Stale"];
}
