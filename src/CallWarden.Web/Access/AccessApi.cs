using CallWarden.Data.Access;
using CallWarden.Web.Problems;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;

namespace CallWarden.Web.Access;

/// <summary>Signing people in and out; creating, disabling, enabling and changing logins, creating keys (administrators only).</summary>
internal static class AccessApi
{
    public static RouteGroupBuilder MapAccessApi(this RouteGroupBuilder api)
    {
        var session = api.MapGroup("/access").WithTags("Access");
        session.MapPost("/login", LoginAsync).WithName("Login").Accepts<LoginRequest>("application/json").AllowAnonymous().RequireRateLimiting(RateLimits.Login);
        session.MapPost("/logout", LogoutAsync).WithName("Logout").RequireAuthorization(Policies.SignedIn);

        var admin = api.MapGroup("/access").WithTags("Access").RequireAuthorization(Policies.Administration);
        admin.MapPost("/users", CreateUserAsync).WithName("CreateUser").Accepts<NewUserRequest>("application/json");
        admin.MapPost("/users/{login}/disable", DisableUserAsync).WithName("DisableUser");
        admin.MapPost("/users/{login}/enable", EnableUserAsync).WithName("EnableUser");
        admin.MapPost("/users/{login}/role", ChangeUserRoleAsync).WithName("ChangeUserRole").Accepts<UserRoleRequest>("application/json");
        admin.MapPost("/keys", CreateKeyAsync).WithName("CreateApiKey").Accepts<NewKeyRequest>("application/json");
        admin.MapDelete("/keys/{id:long}", RevokeKeyAsync).WithName("RevokeApiKey");
        return api;
    }

    private static async Task<Results<NoContent, ValidationProblem, ProblemHttpResult>> LoginAsync(HttpContext http, AccessAccounts accounts, LoginBackoff backoff)
    {
        var (request, _, bodyErrors) = await JsonBody.ReadAsync<LoginRequest>(http);
        if (request is null)
        {
            return bodyErrors.ToProblem();
        }

        if (string.IsNullOrWhiteSpace(request.Login) || string.IsNullOrEmpty(request.Password)
            || request.Login.Length > StaffSignIn.MaxLoginLength || request.Password.Length > StaffSignIn.MaxPasswordLength)
        {
            return new FieldErrors().Add("login", "login and password are required").ToProblem();
        }

        var (result, retryAfter) = await StaffSignIn.SignInAsync(http, accounts, backoff, request.Login, request.Password);
        switch (result)
        {
            case StaffSignInResult.Unknown:
                return TypedResults.Problem("Unknown login or wrong password", statusCode: StatusCodes.Status401Unauthorized);
            case StaffSignInResult.Disabled:
                return TypedResults.Problem("This login is disabled; ask an administrator", statusCode: StatusCodes.Status403Forbidden);
            case StaffSignInResult.Locked:
                var seconds = RateLimits.RetrySeconds(retryAfter);
                http.Response.Headers.RetryAfter = seconds.ToString(System.Globalization.CultureInfo.InvariantCulture);
                return TypedResults.Problem(
                    $"Too many wrong passwords for this login, from whatever address: no password is checked for it for {seconds} s. Try again then, or ask an administrator.",
                    statusCode: StatusCodes.Status429TooManyRequests,
                    title: "Login locked for a while");
        }

        return TypedResults.NoContent();
    }

    private static async Task<NoContent> LogoutAsync(HttpContext http, CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        await SessionSignIn.SignOutAsync(http);
        return TypedResults.NoContent();
    }

    private static async Task<Results<Created<NewUser>, ValidationProblem>> CreateUserAsync(HttpContext http, AccessAccounts accounts)
    {
        var (request, _, errors) = await JsonBody.ReadAsync<NewUserRequest>(http);
        if (request is null)
        {
            return errors.ToProblem();
        }

        if (Refused(AccountRules.CheckUser(request.Login, request.Password, request.Role, request.Carrier, request.Phone, out var user), errors) || user is null)
        {
            return errors.ToProblem();
        }

        if (await accounts.TryCreateUserAsync(user.Name, user.Password, user.Role, user.Carrier, user.Phone, http.RequestAborted) is not { } id)
        {
            Refused([new AccountError("login", AccountProblem.LoginTaken)], errors);
            return errors.ToProblem();
        }

        return TypedResults.Created($"/api/v1/access/users/{id}", new NewUser(id, user.Name));
    }

    private static async Task<Results<Created<NewKey>, ValidationProblem>> CreateKeyAsync(HttpContext http, AccessAccounts accounts)
    {
        var (request, _, errors) = await JsonBody.ReadAsync<NewKeyRequest>(http);
        if (request is null)
        {
            return errors.ToProblem();
        }

        if (Refused(AccountRules.CheckKey(request.Name, request.Role, request.Scopes, request.Carrier, out var key), errors) || key is null)
        {
            return errors.ToProblem();
        }

        var (id, secret) = await accounts.CreateKeyAsync(key.Name, key.Role, key.Scopes, key.Carrier, cancellationToken: http.RequestAborted);
        return TypedResults.Created($"/api/v1/access/keys/{id}", new NewKey(id, key.Name, secret));
    }

    /// <summary>Adds the rule set's problems in the API's words; true when there were any.</summary>
    private static bool Refused(IReadOnlyList<AccountError> problems, FieldErrors errors)
    {
        foreach (var problem in problems)
        {
            errors.Add(problem.Field, AccountRules.English(problem));
        }

        return problems.Count > 0;
    }

    private static async Task<Results<NoContent, NotFound, ProblemHttpResult>> DisableUserAsync(string login, LoginChanges logins, HttpContext http) =>
        Answer(await logins.DisableAsync(login, Caller.From(http.User).Id, http.RequestAborted));

    private static async Task<Results<NoContent, NotFound, ProblemHttpResult>> EnableUserAsync(string login, LoginChanges logins, HttpContext http) =>
        Answer(await logins.EnableAsync(login, Caller.From(http.User).Id, http.RequestAborted));

    private static async Task<Results<NoContent, NotFound, ValidationProblem, ProblemHttpResult>> ChangeUserRoleAsync(string login, LoginChanges logins, HttpContext http)
    {
        var (request, _, errors) = await JsonBody.ReadAsync<UserRoleRequest>(http);
        if (request is null)
        {
            return errors.ToProblem();
        }

        if (Refused(AccountRules.CheckAccess(request.Role, request.Carrier, out var access), errors) || access is not { } checkedAccess)
        {
            return errors.ToProblem();
        }

        return await logins.ChangeAccessAsync(login, checkedAccess.Role, checkedAccess.Carrier, Caller.From(http.User).Id, http.RequestAborted) switch
        {
            LoginChangeOutcome.NotFound => TypedResults.NotFound(),
            LoginChangeOutcome.OwnLogin => OwnLogin(),
            _ => TypedResults.NoContent(),
        };
    }

    /// <summary>Changed or already so: 204; no such login: 404; the caller's own login: 409.</summary>
    private static Results<NoContent, NotFound, ProblemHttpResult> Answer(LoginChangeOutcome outcome) => outcome switch
    {
        LoginChangeOutcome.NotFound => TypedResults.NotFound(),
        LoginChangeOutcome.OwnLogin => OwnLogin(),
        _ => TypedResults.NoContent(),
    };

    private static ProblemHttpResult OwnLogin() => TypedResults.Problem(
        "An administrator cannot disable, enable or change the login they are signed in with; ask another administrator",
        statusCode: StatusCodes.Status409Conflict);

    private static async Task<Results<NoContent, NotFound>> RevokeKeyAsync(long id, AccessAccounts accounts, ApiKeyCache verified, HttpContext http)
    {
        if (!await accounts.RevokeKeyAsync(id, http.RequestAborted))
        {
            return TypedResults.NotFound();
        }

        verified.Clear();
        return TypedResults.NoContent();
    }
}
