using CallWarden.Core.Cases;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;

namespace CallWarden.Web.Cases;

/// <summary>A refused transition as RFC 7807: the case's own message, with a status saying whose move it was.</summary>
internal static class CaseProblems
{
    public static ProblemHttpResult Of(CaseError error) => TypedResults.Problem(
        error.Message,
        statusCode: error.Code switch
        {
            CaseErrorCode.RoleNotAllowed => StatusCodes.Status403Forbidden,
            CaseErrorCode.NotRoutedToCarrier => StatusCodes.Status404NotFound,
            CaseErrorCode.IllegalTransition or CaseErrorCode.CaseNotOpen or CaseErrorCode.OutOfOrder => StatusCodes.Status409Conflict,
            _ => StatusCodes.Status422UnprocessableEntity,
        },
        title: error.Code.ToString(),
        type: "https://callwarden.org/problems/case-" + System.Text.Json.JsonNamingPolicy.KebabCaseLower.ConvertName(error.Code.ToString()));
}
