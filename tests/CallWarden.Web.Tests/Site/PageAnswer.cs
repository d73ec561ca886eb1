using System.Net;

namespace CallWarden.Web.Tests.Site;

/// <summary>What a page request ended with: the status, where it redirected (when not followed), the body.</summary>
internal sealed record PageAnswer(HttpStatusCode Status, string? Location, string Body);
