using Microsoft.AspNetCore.Authorization;

namespace CallWarden.Web.Operations;

/// <summary>Who may scrape <c>/metrics</c>: a configured address (<see cref="MetricsOptions.AllowedAddresses"/>) or a key with the <c>metrics</c> scope.</summary>
internal sealed record MetricsAccessRequirement : IAuthorizationRequirement;
