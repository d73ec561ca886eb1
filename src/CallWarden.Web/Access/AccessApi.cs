using CallWarden.Core.Numbers;
using CallWarden.Data.Access;
using CallWarden.Web.Problems;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;

namespace CallWarden.Web.Access;

/// <summary>Signing people in and out; creating logins and keys (administrators only).</summary>
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
        admin.MapPost("/keys", CreateKeyAsync).WithName("CreateApiKey").Accepts<NewKeyRequest>("application/json");
        admin.MapDelete("/keys/{id:long}", RevokeKeyAsync).WithName("RevokeApiKey");
        return api;
    }

    private static async Task<Results<NoContent, ValidationProblem, ProblemHttpResult>> LoginAsync(HttpContext http, AccessAccounts accounts)
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

        switch (await StaffSignIn.SignInAsync(http, accounts, request.Login, request.Password))
        {
            case StaffSignInResult.Unknown:
                return TypedResults.Problem("Unknown login or wrong password", statusCode: StatusCodes.Status401Unauthorized);
            case StaffSignInResult.Disabled:
                return TypedResults.Problem("This login is disabled; ask an administrator", statusCode: StatusCodes.Status403Forbidden);
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

        if (string.IsNullOrWhiteSpace(request.Login) || request.Login.Length > 64)
        {
            errors.Add("login", "is required, at most 64 characters");
        }

        if (request.Password is not { Length: >= 12 and <= 256 })
        {
            errors.Add("password", "must be 12 to 256 characters");
        }

        var (role, carrier) = ReadRole(request.Role, request.Carrier, errors);
        long? phone = null;
        if (!string.IsNullOrWhiteSpace(request.Phone))
        {
            var number = PhoneNumberNormalizer.Default.Normalize(request.Phone);
            if (number.IsValid)
            {
                phone = number.E164;
            }
            else
            {
                errors.Add("phone", "is not a phone number");
            }
        }

        if (errors.Any)
        {
            return errors.ToProblem();
        }

        var id = await accounts.CreateUserAsync(request.Login!, request.Password!, role, carrier, phone, http.RequestAborted);
        return TypedResults.Created($"/api/v1/access/users/{id}", new NewUser(id, request.Login!.Trim()));
    }

    private static async Task<Results<Created<NewKey>, ValidationProblem>> CreateKeyAsync(HttpContext http, AccessAccounts accounts)
    {
        var (request, _, errors) = await JsonBody.ReadAsync<NewKeyRequest>(http);
        if (request is null)
        {
            return errors.ToProblem();
        }

        if (string.IsNullOrWhiteSpace(request.Name) || request.Name.Length > 128)
        {
            errors.Add("name", "is required, at most 128 characters");
        }

        var scopes = request.Scopes ?? [];
        foreach (var unknown in scopes.Where(s => !Scopes.All.Contains(s)))
        {
            errors.Add("scopes", $"'{unknown}' is not one of {string.Join(", ", Scopes.All)}");
        }

        var (role, carrier) = ReadRole(request.Role, request.Carrier, errors);
        if (errors.Any)
        {
            return errors.ToProblem();
        }

        var (id, secret) = await accounts.CreateKeyAsync(request.Name!, role, scopes, carrier, http.RequestAborted);
        return TypedResults.Created($"/api/v1/access/keys/{id}", new NewKey(id, request.Name!.Trim(), secret));
    }

    private static async Task<Results<NoContent, NotFound>> DisableUserAsync(string login, AccessAccounts accounts, HttpContext http) =>
        login.Length <= 64 && await accounts.DisableUserAsync(login, http.RequestAborted) ? TypedResults.NoContent() : TypedResults.NotFound();

    private static async Task<Results<NoContent, NotFound>> RevokeKeyAsync(long id, AccessAccounts accounts, ApiKeyCache verified, HttpContext http)
    {
        if (!await accounts.RevokeKeyAsync(id, http.RequestAborted))
        {
            return TypedResults.NotFound();
        }

        verified.Clear();
        return TypedResults.NoContent();
    }

    /// <summary>A carrier operator is bound to exactly one carrier; nobody else names one.</summary>
    private static (AccessRole Role, Carrier Carrier) ReadRole(string? roleText, string? carrierText, FieldErrors errors)
    {
        if (!AccessRoles.TryParse(roleText, out var role))
        {
            errors.Add("role", $"must be one of {string.Join(", ", Enum.GetValues<AccessRole>().Select(r => r.ToRole()))}");
        }

        var carrier = Carrier.Unknown;
        if (carrierText is not null && (!CarrierNames.TryParseCode(carrierText, out carrier) || carrier is Carrier.Unknown or Carrier.Other))
        {
            errors.Add("carrier", "must be china_mobile, china_unicom, china_telecom or china_broadnet");
        }

        if ((role == AccessRole.CarrierOperator) != (carrier != Carrier.Unknown))
        {
            errors.Add("carrier", "is required for a carrier operator and allowed for nobody else");
        }

        return (role, carrier);
    }
}
