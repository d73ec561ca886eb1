using CallWarden.Web.Access;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace CallWarden.Web.Screening;

/// <summary>
/// <c>POST /screen</c>: the proxy asks what to do with a call and gets one line of JSON
/// (<see cref="ScreenHandler"/>). A request that presents a key allowed to screen takes
/// <see cref="ScreenLane"/> before routing; this endpoint answers the rest (no key, a refused key,
/// a body over the limit) exactly as every other API endpoint does, and describes the route.
/// </summary>
internal static class ScreenApi
{
    public const string Path = "/api/v1/screen";
    public const string EndpointName = "Screen";

    public static RouteGroupBuilder MapScreenApi(this RouteGroupBuilder api)
    {
        api.MapPost("/screen", (HttpContext http, ScreenHandler handler) => handler.ScreenAsync(http)).WithName(EndpointName).WithTags("Screening")
            .RequireAuthorization(Policies.Screen)
            .Accepts<ScreenRequest>("application/json")
            .Produces<ScreenAnswerBody>(StatusCodes.Status200OK, "application/json")
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status503ServiceUnavailable);
        return api;
    }
}
