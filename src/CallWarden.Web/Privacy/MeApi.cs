using CallWarden.Core.Localization;
using CallWarden.Core.Numbers;
using CallWarden.Data.Intake;
using CallWarden.Data.Privacy;
using CallWarden.Web.Access;
using CallWarden.Web.Problems;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;

namespace CallWarden.Web.Privacy;

/// <summary>
/// The person's rights through the API (issue #10 part 2), for a caller signed in with a phone it proved
/// (the session of <c>/sign-in</c>, as the rules API takes it): every record about the phone as JSON, its
/// contact details corrected, its consent withdrawn. Keys are refused — an app speaks for a subscriber
/// through the rules API, never to copy or erase everything about them; "me" is only ever the proven phone.
/// </summary>
internal static class MeApi
{
    public static RouteGroupBuilder MapMeApi(this RouteGroupBuilder api)
    {
        var me = api.MapGroup("/me").WithTags("Privacy").RequireAuthorization(Policies.PhoneSignedIn);
        me.MapGet("/data", DataAsync).WithName("MyData");
        me.MapPut("/contact", ContactAsync).WithName("CorrectMyContact").Accepts<ContactRequest>("application/json");
        me.MapPost("/withdrawal", WithdrawAsync).WithName("WithdrawMyConsent").Accepts<WithdrawalRequest>("application/json");
        return api;
    }

    private static async Task<FileContentHttpResult> DataAsync(HttpContext http, PersonalData data)
    {
        var export = await data.ExportAsync(Subject(http), IntakeChannel.Api, audited: true, http.RequestAborted);
        return TypedResults.File(PersonalDataJson.Write(export), "application/json");
    }

    private static async Task<Results<Ok<ContactView>, ValidationProblem>> ContactAsync(HttpContext http, PersonalData data)
    {
        var (request, _, errors) = await JsonBody.ReadAsync<ContactRequest>(http);
        if (request is null)
        {
            return errors.ToProblem();
        }

        DisplayLanguage? language = request.Language switch
        {
            "zh-Hans" => DisplayLanguage.ZhHans,
            "zh-Hant" => DisplayLanguage.ZhHant,
            "en" => DisplayLanguage.En,
            _ => null,
        };
        if (language is null)
        {
            errors.Add("language", "is required: zh-Hans, zh-Hant or en");
        }

        var correction = new ContactCorrection(Blank(request.Name), Blank(request.Email), language ?? DisplayLanguage.ZhHans);
        foreach (var problem in correction.Problems())
        {
            errors.Add(problem, problem == "name" ? $"may hold at most {ContactCorrection.NameLength} characters and no control characters" : "must be an email address such as wang@example.cn");
        }

        if (errors.Any)
        {
            return errors.ToProblem();
        }

        return TypedResults.Ok(ContactView.Of(await data.CorrectAsync(Subject(http), correction, IntakeChannel.Api, http.RequestAborted)));
    }

    /// <summary>Withdraws and ends the session: the phone's sessions are among what the withdrawal deletes.</summary>
    private static async Task<Results<Ok<WithdrawalView>, ValidationProblem>> WithdrawAsync(HttpContext http, PersonalData data)
    {
        var (request, _, errors) = await JsonBody.ReadAsync<WithdrawalRequest>(http);
        if (request is null || request.Confirm != true)
        {
            return (request is null ? errors : errors.Add("confirm", "must be true: a withdrawal removes your identity from your reports and deletes your rules and call records, and cannot be undone")).ToProblem();
        }

        // The confirmation goes out in the language the phone's messages were in, else the request's.
        var subject = Subject(http);
        var language = (await data.ContactAsync(subject, http.RequestAborted)).Language ?? Site.SiteLanguages.Current;
        var outcome = await data.WithdrawAsync(subject, IntakeChannel.Api, language, null, http.RequestAborted);
        await SessionSignIn.SignOutAsync(http);
        return TypedResults.Ok(WithdrawalView.Of(outcome));
    }

    private static DataSubject Subject(HttpContext http) =>
        new(new PhoneNumber(PhoneSignIn.Phone(http) ?? throw new InvalidOperationException("The policy lets only a person with a proven phone in."), NumberKind.Mobile));

    private static string? Blank(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();
}
